// The golden machines (tests/golden/expected), compiled like any generated machine.
#pragma once

#include "lamp.hpp"
#include "tiny/door.hpp"

#define PHASEGEN_GOLDEN_MACHINES tiny::door::Machine, lamp::Machine
