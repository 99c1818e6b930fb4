// The main of the generated cell tests (one doctest case per cell of each machine).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
