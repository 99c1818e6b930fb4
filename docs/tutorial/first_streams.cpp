// The tutorial's first program (docs/tutorial.md, "Step 6"): HTTP/2 streams on the
// generic runtime, with no code of its own but the calls. Built and run by the test
// suite, which also checks that the tutorial shows this file as it is.
#include <array>
#include <cstdint>
#include <iostream>

#include "http2/http2_conn.roles.hpp"  // generated from spec/http2/system.yaml: the roles, proved
#include "phasegen/session.hpp"

namespace st = http2::stream;
namespace conn = http2::connection;

/// One DATA frame's payload, as the table stores it (inline: no allocation).
struct Chunk {
  std::array<std::uint8_t, 64> bytes{};
  std::uint16_t size = 0;
};

using Streams = phasegen::ChannelTable<st::Roles, Chunk>;      // every stream, keyed by id
using Connection = phasegen::Session<conn::SessionRoles, Streams>;  // the connection gates them

int main() {
  using phasegen::Disposition;
  using phasegen::to_string;
  Connection c(/*rx_capacity=*/128);  // every allocation happens here
  (void)c.dispatch(conn::Event::settings);  // the peer's preface and SETTINGS

  // HEADERS on stream 1 opens it: Idle means "no entry", so the table creates one.
  auto h = c.rx_frame<conn::Event::frame>(st::Event::headers, 1, 0);
  // DATA passes the connection's data_frame gate (its window), then queues on the stream.
  auto d = c.rx_item<st::Event::data, conn::Event::data_frame>(1, 0, Chunk{{'h', 'i'}, 2});
  // WINDOW_UPDATE carries its increment as event data.
  auto w = c.rx_frame<conn::Event::frame>(st::Event::window_update, 1, 0, st::Args{.n = 1});
  // The application reads the oldest chunk; the outcome says to write WINDOW_UPDATE.
  auto r = c.rx().take(1, 0);
  auto credit = c.dispatch(conn::Event::credit);  // and one frame of connection window back
  std::cout << "headers " << to_string(h.disposition) << ", data " << to_string(d.disposition)
            << ", window_update " << to_string(w.disposition) << ", read " << to_string(r.outcome.disposition)
            << " (" << (r.item ? r.item->size : 0) << " bytes)\n"
            << "write WINDOW_UPDATE on the stream: " << r.outcome.emitted(st::Action::window_update_out)
            << ", on the connection: " << credit.emitted(conn::Action::send_window_update) << "\n";

  // DATA after END_STREAM: the stream's violation escalates to a connection error.
  (void)c.rx_frame<conn::Event::frame>(st::Event::end_stream, 1, 0);
  auto late = c.rx_item<st::Event::data, conn::Event::data_frame>(1, 0, Chunk{});
  std::cout << "late data " << to_string(late.disposition) << " (" << st::to_string(late.channel.code)
            << "), write GOAWAY: " << late.send_protocol_error() << ", connection " << conn::to_string(c.state())
            << ", items conserved: " << c.items_conserved() << "\n";

  const bool as_specified = d.disposition == Disposition::transition && r.item && r.item->size == 2 &&
                            late.disposition == Disposition::violation && late.send_protocol_error() &&
                            c.state() == conn::State::Closed && c.items_conserved();
  return as_specified ? 0 : 1;
}
