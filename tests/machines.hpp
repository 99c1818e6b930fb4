// Every bundled generated machine, for tests that run over all of them.
#pragma once

#include "http2/connection.hpp"
#include "http2/stream.hpp"
#include "tcp/endpoint.hpp"
#include "vox/bind_race.hpp"
#include "vox/rx_channel.hpp"
#include "vox/session.hpp"
#include "vox/tx_channel.hpp"

#define PHASEGEN_TEST_MACHINES                                                                        \
  vox::rx_channel::Machine, vox::session::Machine, vox::tx_channel::Machine, vox::bind_race::Machine, \
      tcp::endpoint::Machine, http2::stream::Machine, http2::connection::Machine
