// The demo's wire format (examples/demo_net.cpp, fuzz/frames_fuzz.cpp): small length-prefixed
// frames, each tagged with the channel id and the session generation it belongs to, and
// how a decoded frame becomes an event of a phasegen::vox::Session.
//
// Not vox's wire format (vox sends postcard-encoded Messages and has no generation field);
// it is just enough to drive the runtime over a real socket and to fuzz what parses it.
//
//   u16 length (bytes after this field, little-endian) | u8 type | u32 generation |
//   u64 channel | payload (item: u64 value; grant: u32 count; protocol_error: rule text)
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "phasegen/vox/session.hpp"

namespace netframes {

enum class Type : std::uint8_t {
  hello,           ///< peer -> us: the handshake completed
  announce,        ///< peer -> us: a call names this channel
  item,            ///< sender -> receiver
  close,           ///< sender -> receiver
  reset,           ///< receiver -> sender
  grant,           ///< receiver -> sender: `value` more items of credit
  disconnect,      ///< the conduit broke (simulated in-band)
  resume,          ///< the session resumed on a new conduit
  protocol_error,  ///< either way: the rule the other side broke; the session ends
};
inline constexpr std::uint8_t type_count = 9;

constexpr std::string_view to_string(Type t) noexcept {
  constexpr std::array<std::string_view, type_count> names = {
      "Hello", "Announce", "Item", "Close", "Reset", "GrantCredit", "Disconnect", "Resume", "ProtocolError"};
  return static_cast<std::uint8_t>(t) < type_count ? names[static_cast<std::uint8_t>(t)] : "?";
}

struct Frame {
  Type type = Type::hello;
  std::uint32_t generation = 0;
  std::uint64_t channel = 0;
  std::uint64_t value = 0;  ///< item payload, or grant count
  std::array<char, 32> text{};  ///< protocol_error: the rule, truncated
  std::uint8_t text_len = 0;

  std::string_view rule() const noexcept { return {text.data(), text_len}; }
};

inline constexpr std::size_t header_size = 2 + 1 + 4 + 8;
inline constexpr std::size_t max_frame = header_size + 32;

enum class Decode : std::uint8_t {
  frame,      ///< a frame was decoded; `consumed` bytes used
  need_more,  ///< a prefix of a valid frame: wait for more bytes
  bad_length, ///< the length field is out of range for any frame
  bad_type,   ///< unknown frame type
  bad_size,   ///< the length does not fit the type's payload
};

constexpr std::string_view to_string(Decode d) noexcept {
  switch (d) {
    case Decode::frame: return "frame";
    case Decode::need_more: return "need-more";
    case Decode::bad_length: return "bad-length";
    case Decode::bad_type: return "bad-type";
    case Decode::bad_size: return "bad-size";
  }
  return "?";
}

struct Decoded {
  Decode status = Decode::need_more;
  Frame frame;
  std::size_t consumed = 0;
};

namespace detail {
template <class T>
T get(const std::uint8_t* p) noexcept {
  T v = 0;
  for (std::size_t i = 0; i < sizeof(T); ++i) v = static_cast<T>(v | (static_cast<T>(p[i]) << (8 * i)));
  return v;
}
template <class T>
void put(std::uint8_t* p, T v) noexcept {
  for (std::size_t i = 0; i < sizeof(T); ++i) p[i] = static_cast<std::uint8_t>(v >> (8 * i));
}
}  // namespace detail

/// Decodes the first frame of [data, data + size). Never reads past `size`.
inline Decoded decode(const std::uint8_t* data, std::size_t size) noexcept {
  Decoded d;
  if (size < 2) return d;
  const std::size_t len = detail::get<std::uint16_t>(data);
  if (len < header_size - 2 || len > max_frame - 2) {
    d.status = Decode::bad_length;
    return d;
  }
  if (size < 2 + len) return d;
  const std::uint8_t type = data[2];
  if (type >= type_count) {
    d.status = Decode::bad_type;
    return d;
  }
  Frame& f = d.frame;
  f.type = static_cast<Type>(type);
  f.generation = detail::get<std::uint32_t>(data + 3);
  f.channel = detail::get<std::uint64_t>(data + 7);
  const std::size_t payload = len - (header_size - 2);
  const std::uint8_t* p = data + header_size;
  switch (f.type) {
    case Type::item:
      if (payload != 8) d.status = Decode::bad_size;
      else f.value = detail::get<std::uint64_t>(p);
      break;
    case Type::grant:
      if (payload != 4) d.status = Decode::bad_size;
      else f.value = detail::get<std::uint32_t>(p);
      break;
    case Type::protocol_error:
      f.text_len = static_cast<std::uint8_t>(payload);  // <= 32 by the length check
      std::memcpy(f.text.data(), p, payload);
      break;
    default:
      if (payload != 0) d.status = Decode::bad_size;
  }
  if (d.status == Decode::bad_size) return d;
  d.status = Decode::frame;
  d.consumed = 2 + len;
  return d;
}

/// Encodes f into out (which has room for max_frame bytes); returns the bytes written.
inline std::size_t encode(const Frame& f, std::uint8_t* out) noexcept {
  std::size_t payload = 0;
  if (f.type == Type::item) payload = 8;
  if (f.type == Type::grant) payload = 4;
  if (f.type == Type::protocol_error) payload = f.text_len;
  detail::put<std::uint16_t>(out, static_cast<std::uint16_t>(header_size - 2 + payload));
  out[2] = static_cast<std::uint8_t>(f.type);
  detail::put<std::uint32_t>(out + 3, f.generation);
  detail::put<std::uint64_t>(out + 7, f.channel);
  if (f.type == Type::item) detail::put<std::uint64_t>(out + header_size, f.value);
  if (f.type == Type::grant) detail::put<std::uint32_t>(out + header_size, static_cast<std::uint32_t>(f.value));
  if (f.type == Type::protocol_error) std::memcpy(out + header_size, f.text.data(), f.text_len);
  return header_size + payload;
}

inline Frame protocol_error(std::string_view rule, std::uint32_t generation) noexcept {
  Frame f;
  f.type = Type::protocol_error;
  f.generation = generation;
  f.text_len = static_cast<std::uint8_t>(rule.size() < f.text.size() ? rule.size() : f.text.size());
  std::memcpy(f.text.data(), rule.data(), f.text_len);
  return f;
}

/// What applying one frame to a session did: a channel frame's outcome, or a session event's.
struct [[nodiscard]] Applied {
  bool channel_frame = false;
  phasegen::vox::FrameOutcome frame;      ///< channel_frame
  phasegen::vox::SessionOutcome session;  ///< !channel_frame
};

/// Turns a frame received by the receiving side into the session's event.
template <class Session>
Applied apply(Session& s, const Frame& f) noexcept {
  namespace ses = ::vox::session;
  Applied a;
  a.channel_frame = true;
  switch (f.type) {
    case Type::announce: a.frame = s.announce(f.channel, f.generation); break;
    case Type::item: a.frame = s.on_item(f.channel, f.generation, f.value); break;
    case Type::close: a.frame = s.on_close(f.channel, f.generation); break;
    case Type::reset: a.frame = s.on_reset(f.channel, f.generation); break;
    case Type::grant: a.frame = s.on_grant(f.channel, f.generation); break;
    default: {
      a.channel_frame = false;
      const ses::Event e = f.type == Type::hello        ? ses::Event::handshake_ok
                           : f.type == Type::disconnect ? ses::Event::conduit_break
                           : f.type == Type::resume     ? ses::Event::resume_ok
                                                        : ses::Event::protocol_error;
      a.session = s.dispatch(e, f.generation);
    }
  }
  return a;
}

}  // namespace netframes
