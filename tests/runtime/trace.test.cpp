// Trace records and the JSON-lines sink.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "phasegen/trace.hpp"
#include "phasegen/vox/session.hpp"

using phasegen::Disposition;
namespace rx = vox::rx_channel;
namespace ses = vox::session;

namespace {
std::vector<nlohmann::json> read_lines(std::FILE* f) {
  std::rewind(f);
  std::vector<nlohmann::json> out;
  std::string line;
  for (int c; (c = std::fgetc(f)) != EOF;) {
    if (c != '\n') {
      line.push_back(static_cast<char>(c));
      continue;
    }
    out.push_back(nlohmann::json::parse(line));
    line.clear();
  }
  return out;
}
}  // namespace

TEST_CASE("the JSON sink writes one line per dispatch of the session and of every channel") {
  std::FILE* f = std::tmpfile();
  REQUIRE(f != nullptr);
  phasegen::JsonLinesTrace sink(f);
  {
    phasegen::vox::Session<std::uint64_t> s(4, 77, sink.hook());
    REQUIRE(s.dispatch(ses::Event::handshake_ok).outcome.disposition == Disposition::transition);
    REQUIRE(s.announce(5, 0).disposition == Disposition::transition);
    REQUIRE(s.on_item(5, 0, 1).disposition == Disposition::transition);
    REQUIRE(s.bind(5).disposition == Disposition::transition);
    REQUIRE(s.consume(5).item.has_value());
  }
  const auto lines = read_lines(f);
  std::fclose(f);
  CHECK(sink.failed() == 0);
  REQUIRE(lines.size() == sink.written());
  // handshake; frame+announce; frame+item; bind; consume
  REQUIRE(lines.size() == 7);
  CHECK(lines[0]["machine"] == "vox::session");
  CHECK(lines[0]["instance"] == 77);
  CHECK(lines[0]["event"] == "handshake_ok");
  CHECK(lines[0]["from"] == "Handshaking");
  CHECK(lines[0]["to"] == "Established");
  CHECK(lines[1]["event"] == "frame");
  CHECK(lines[2]["machine"] == "vox::rx_channel");
  CHECK(lines[2]["instance"] == 5);
  CHECK(lines[2]["generation"] == 0);
  CHECK(lines[2]["event"] == "announce");
  CHECK(lines[4]["vars"]["queued"] == 1);
  const auto& consume = lines[6];
  CHECK(consume["event"] == "consume");
  CHECK(consume["disposition"] == "transition");
  CHECK(consume["code"] == "none");
  CHECK(consume["actions"] == nlohmann::json::array({"grant_credit"}));
  CHECK_FALSE(consume.contains("reason"));
}

TEST_CASE("classifications the table did not make carry their reason") {
  std::vector<std::string> reasons;
  phasegen::TraceHook hook{&reasons, [](void* ctx, const phasegen::TraceRecord& r) {
                             static_cast<std::vector<std::string>*>(ctx)->emplace_back(r.reason);
                           }};
  phasegen::vox::ChannelRegistry<int> reg(1, hook);
  REQUIRE(reg.bind(1).disposition == Disposition::transition);
  REQUIRE(reg.announce(2, 0).reason == phasegen::vox::Reason::too_many_channels);
  REQUIRE(reg.drop_receiver(1).outcome.disposition == Disposition::transition);
  REQUIRE(reg.on_close(1, 0).to == rx::State::Closed);  // drained terminal: a tombstone
  REQUIRE(reg.announce(2, 0).disposition == Disposition::transition);  // reclaims it
  REQUIRE(reg.begin_generation().failed == 1);
  REQUIRE(reg.on_item(2, 0, 0).disposition == Disposition::stale);
  CHECK(reasons == std::vector<std::string>{"", "too-many-channels", "", "", "reclaimed", "", "", "stale"});
}
