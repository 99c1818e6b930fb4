// HTTP/2 framing (RFC 9113) for the generic runtime: the only per-protocol code between a
// socket and phasegen::Session over the generated http2 roles (generated/http2/
// http2_conn.roles.hpp). Header-only, no allocation, no exceptions. Used by
// examples/demo_h2.cpp, examples/h2_alloc.test.cpp and fuzz/h2_fuzz.cpp.
//
// Three parts:
//   1. the wire: the 9-octet frame header, the ten frame types, the client preface;
//      encode(), and an incremental Decoder (need_more / preface / frame / fault, each
//      fault with its rule, RFC error code and octet offset);
//   2. Endpoint::receive(): one decoded frame -> the machines' events, through the
//      session's gates (DATA through `data_frame`, which spends the connection window;
//      every other frame through `frame`), and the frames to write back;
//   3. Endpoint's local operations (read, cancel, send HEADERS / DATA) -> the stream
//      machine, and the frames to write.
//
// What is written back comes from the machines' outcomes only: the actions they emit
// (stream: window_update_out, send_rst; connection: send_goaway, send_window_update) and
// the dispositions (a violation escalates to the connection's send_goaway; its error code
// is the violated rule's, see error_of()). The framing keeps no state about any stream:
// the decoder's own (the preface, a header block awaiting CONTINUATION, the octet offset),
// the highest stream id a peer frame reached (GOAWAY's last stream id, §6.8) and how many
// DATA frames have had their connection window returned (Endpoint).
//
// Units. The spec counts windows in DATA frames (stream: `buf` frames received and unread;
// connection: `window` frames; our send window up to `max_window`). On the wire:
//   - every DATA frame received is one unit, whatever its length (0 to 16,384 octets, the
//     SETTINGS_MAX_FRAME_SIZE we keep); the machine must see an empty one too, to classify it;
//   - each unit we return is a WINDOW_UPDATE of `unit_octets` (16,384: one full frame), and
//     we advertise buf x 16,384 octets per stream (SETTINGS_INITIAL_WINDOW_SIZE); the
//     connection's window is the RFC's initial 65,535 octets, i.e. window = 4 frames;
//   - a WINDOW_UPDATE received carries ceil(increment / 16,384) units, capped at the spec's
//     max_window (which stands for 2^31 - 1): an increment that takes the window past it
//     is the machine's FLOW_CONTROL_ERROR.
// So the peer must count our windows in frames: one that sends more, smaller DATA frames
// than units, even within the octets advertised, is refused (FLOW_CONTROL_ERROR). That is
// stricter than §6.9; exact octet windows need the spec to count octets.
//
// Errors. Every decode fault and every machine violation is a connection error: GOAWAY
// with the rule's code, every stream failed (§5.4.1 allows treating a stream error so).
// A stream we reset ourselves (cancel) goes out as RST_STREAM CANCEL.
//
// HEADERS with END_STREAM is one event, headers_end (a request without a body, or
// trailers); without it, headers (a second header block that does not end the stream is
// the machine's PROTOCOL_ERROR).
//
// Not modelled (the spec's choices, see its doc): the PUSH_PROMISE's own stream
// (push_promise goes to the promised stream), our connection-level send window (a
// WINDOW_UPDATE on stream 0 is gated only), the peer's SETTINGS values beyond their
// validity (§6.5.2), stream id order (§5.1.1: a stream whose tombstone was reclaimed can be
// opened again), a full stream table as a stream error (it is a connection error, GOAWAY
// with REFUSED_STREAM's code: advertise SETTINGS_MAX_CONCURRENT_STREAMS below the table's
// capacity).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "http2/http2_conn.roles.hpp"
#include "phasegen/channels.hpp"
#include "phasegen/session.hpp"

namespace h2frames {

// ============================================================================ the wire

enum class Type : std::uint8_t {  // §6
  data = 0x0,
  headers = 0x1,
  priority = 0x2,
  rst_stream = 0x3,
  settings = 0x4,
  push_promise = 0x5,
  ping = 0x6,
  goaway = 0x7,
  window_update = 0x8,
  continuation = 0x9,
};
inline constexpr std::uint8_t known_types = 10;

constexpr std::string_view to_string(Type t) noexcept {
  constexpr std::array<std::string_view, known_types> names = {
      "DATA", "HEADERS", "PRIORITY", "RST_STREAM", "SETTINGS", "PUSH_PROMISE", "PING", "GOAWAY", "WINDOW_UPDATE", "CONTINUATION"};
  return static_cast<std::uint8_t>(t) < known_types ? names[static_cast<std::uint8_t>(t)] : "UNKNOWN";
}

namespace flag {
inline constexpr std::uint8_t end_stream = 0x1;   // DATA, HEADERS
inline constexpr std::uint8_t ack = 0x1;          // SETTINGS, PING
inline constexpr std::uint8_t end_headers = 0x4;  // HEADERS, PUSH_PROMISE, CONTINUATION
inline constexpr std::uint8_t padded = 0x8;       // DATA, HEADERS, PUSH_PROMISE
inline constexpr std::uint8_t priority = 0x20;    // HEADERS
}  // namespace flag

enum class ErrorCode : std::uint32_t {  // §7
  no_error = 0x0,
  protocol_error = 0x1,
  internal_error = 0x2,
  flow_control_error = 0x3,
  settings_timeout = 0x4,
  stream_closed = 0x5,
  frame_size_error = 0x6,
  refused_stream = 0x7,
  cancel = 0x8,
  compression_error = 0x9,
  connect_error = 0xa,
  enhance_your_calm = 0xb,
  inadequate_security = 0xc,
  http_1_1_required = 0xd,
};

constexpr std::string_view to_string(ErrorCode c) noexcept {
  constexpr std::array<std::string_view, 14> names = {
      "NO_ERROR",        "PROTOCOL_ERROR",   "INTERNAL_ERROR",    "FLOW_CONTROL_ERROR", "SETTINGS_TIMEOUT",
      "STREAM_CLOSED",   "FRAME_SIZE_ERROR", "REFUSED_STREAM",    "CANCEL",             "COMPRESSION_ERROR",
      "CONNECT_ERROR",   "ENHANCE_YOUR_CALM", "INADEQUATE_SECURITY", "HTTP_1_1_REQUIRED"};
  return static_cast<std::uint32_t>(c) < names.size() ? names[static_cast<std::uint32_t>(c)] : "UNKNOWN_ERROR";
}

namespace setting {  // §6.5.2
inline constexpr std::uint16_t enable_push = 0x2;
inline constexpr std::uint16_t max_concurrent_streams = 0x3;
inline constexpr std::uint16_t initial_window_size = 0x4;
inline constexpr std::uint16_t max_frame_size = 0x5;
}  // namespace setting

inline constexpr std::size_t header_size = 9;
inline constexpr std::uint32_t default_max_frame_size = 1u << 14;  // 16,384 (§4.2); we never raise it
inline constexpr std::uint32_t max_window_octets = 0x7fffffffu;
inline constexpr std::uint32_t unit_octets = default_max_frame_size;  // one unit of the spec's windows
inline constexpr std::string_view client_preface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";  // §3.4
static_assert(client_preface.size() == 24);

/// Octets of a caller's buffer (a received frame points into the bytes it was decoded from).
struct Bytes {
  const std::uint8_t* data = nullptr;
  std::uint32_t size = 0;
};

/// One frame. Everything on the wire is kept, unknown flags and reserved bits included,
/// so that encode(decoded frame) gives back its bytes.
struct Frame {
  std::uint8_t type = 0;      ///< a Type, or an unknown type (ignored, §4.1 / §5.5)
  std::uint8_t flags = 0;     ///< every bit; only the type's own flags mean anything
  std::uint32_t stream = 0;   ///< 31 bits
  bool reserved = false;      ///< the header's R bit (ignored on receipt)
  Bytes payload;              ///< DATA: data; HEADERS / PUSH_PROMISE / CONTINUATION: the field block
                              ///< (opaque: no HPACK); SETTINGS: entries; GOAWAY: debug data; unknown: all
  Bytes padding;              ///< PADDED: the padding (null data encodes as zeros)
  std::uint32_t value = 0;    ///< WINDOW_UPDATE: increment; GOAWAY: last stream id; PUSH_PROMISE: promised id
  bool value_reserved = false;  ///< that 31-bit field's R bit
  std::uint32_t error = 0;    ///< RST_STREAM, GOAWAY: the error code as sent
  std::uint32_t dependency = 0;  ///< PRIORITY, HEADERS with PRIORITY: E bit (bit 31) and stream dependency
  std::uint8_t weight = 0;
  std::array<std::uint8_t, 8> opaque{};  ///< PING

  Type kind() const noexcept { return static_cast<Type>(type); }
  bool known() const noexcept { return type < known_types; }
  bool has(std::uint8_t f) const noexcept { return (flags & f) != 0; }
  bool is(Type t) const noexcept { return type == static_cast<std::uint8_t>(t); }
  bool padded() const noexcept { return (is(Type::data) || is(Type::headers) || is(Type::push_promise)) && has(flag::padded); }
  bool prioritized() const noexcept { return is(Type::headers) && has(flag::priority); }
  bool end_stream() const noexcept { return (is(Type::data) || is(Type::headers)) && has(flag::end_stream); }
  bool ack() const noexcept { return (is(Type::settings) || is(Type::ping)) && has(flag::ack); }

  /// The payload length the header carries.
  std::uint32_t length() const noexcept {
    std::uint32_t n = payload.size + (padded() ? 1 + padding.size : 0) + (prioritized() ? 5 : 0);
    switch (kind()) {
      case Type::priority: return 5;
      case Type::rst_stream: case Type::window_update: return 4;
      case Type::ping: return 8;
      case Type::push_promise: return n + 4;
      case Type::goaway: return n + 8;
      default: return n;
    }
  }
};

namespace detail {
inline std::uint32_t get24(const std::uint8_t* p) noexcept { return std::uint32_t{p[0]} << 16 | std::uint32_t{p[1]} << 8 | p[2]; }
inline std::uint32_t get32(const std::uint8_t* p) noexcept { return std::uint32_t{p[0]} << 24 | get24(p + 1); }
inline void put24(std::uint8_t* p, std::uint32_t v) noexcept {
  p[0] = static_cast<std::uint8_t>(v >> 16), p[1] = static_cast<std::uint8_t>(v >> 8), p[2] = static_cast<std::uint8_t>(v);
}
inline void put32(std::uint8_t* p, std::uint32_t v) noexcept {
  p[0] = static_cast<std::uint8_t>(v >> 24);
  put24(p + 1, v);
}
inline std::uint8_t* put(std::uint8_t* p, Bytes b) noexcept {
  if (b.size) b.data ? std::memcpy(p, b.data, b.size) : std::memset(p, 0, b.size);
  return p + b.size;
}
}  // namespace detail

/// Writes f (header and payload) to out; returns the octets written, or 0 if they do not
/// fit in `room`.
inline std::size_t encode(const Frame& f, std::uint8_t* out, std::size_t room) noexcept {
  const std::uint32_t len = f.length();
  if (len > 0xffffff || header_size + len > room) return 0;
  detail::put24(out, len);
  out[3] = f.type;
  out[4] = f.flags;
  detail::put32(out + 5, f.stream | (f.reserved ? 0x80000000u : 0));
  std::uint8_t* p = out + header_size;
  const std::uint32_t value = f.value | (f.value_reserved ? 0x80000000u : 0);
  if (f.padded()) *p++ = static_cast<std::uint8_t>(f.padding.size);
  switch (f.kind()) {
    case Type::priority:
      detail::put32(p, f.dependency), p[4] = f.weight;
      return header_size + len;
    case Type::rst_stream: detail::put32(p, f.error); return header_size + len;
    case Type::window_update: detail::put32(p, value); return header_size + len;
    case Type::ping: std::memcpy(p, f.opaque.data(), 8); return header_size + len;
    case Type::goaway: detail::put32(p, value), detail::put32(p + 4, f.error), p += 8; break;
    case Type::push_promise: detail::put32(p, value), p += 4; break;
    case Type::headers:
      if (f.prioritized()) detail::put32(p, f.dependency), p[4] = f.weight, p += 5;
      break;
    default: break;
  }
  p = detail::put(p, f.payload);
  if (f.padded()) p = detail::put(p, f.padding);
  return header_size + len;
}

/// The rule a frame broke (each fault is a connection error; docs name the section).
enum class Problem : std::uint8_t {
  none,
  bad_preface,              ///< §3.4: not the client connection preface
  frame_too_large,          ///< §4.2: length > our SETTINGS_MAX_FRAME_SIZE
  stream_zero,              ///< §6.1-6.4, 6.6, 6.10: this type needs a stream
  stream_nonzero,           ///< §6.5, 6.7, 6.8: this type is for the connection (stream 0)
  bad_length,               ///< §6.3-6.5, 6.7-6.9: a fixed-size frame of another length
  too_short,                ///< §4.2: too short for its mandatory fields (pad length, priority, ids)
  padding_too_long,         ///< §6.1, 6.2, 6.6: padding as long as the payload or longer
  zero_increment,           ///< §6.9: WINDOW_UPDATE of 0
  bad_setting,              ///< §6.5.2: ENABLE_PUSH > 1, MAX_FRAME_SIZE out of range
  window_setting_too_large, ///< §6.5.2: INITIAL_WINDOW_SIZE > 2^31 - 1
  self_dependency,          ///< §5.3.1: a stream depends on itself
  promised_stream_zero,     ///< §6.6: PUSH_PROMISE promising stream 0
  continuation_expected,    ///< §6.10: a header block was not continued by CONTINUATION on its stream
  continuation_unexpected,  ///< §6.10: CONTINUATION that continues nothing
};

constexpr std::string_view to_string(Problem p) noexcept {
  switch (p) {
    case Problem::none: return "none";
    case Problem::bad_preface: return "§3.4 not the connection preface";
    case Problem::frame_too_large: return "§4.2 frame larger than SETTINGS_MAX_FRAME_SIZE";
    case Problem::stream_zero: return "stream 0 where a stream is required";
    case Problem::stream_nonzero: return "a stream where stream 0 is required";
    case Problem::bad_length: return "wrong length for a fixed-size frame";
    case Problem::too_short: return "§4.2 too short for its fields";
    case Problem::padding_too_long: return "padding longer than the payload";
    case Problem::zero_increment: return "§6.9 WINDOW_UPDATE increment 0";
    case Problem::bad_setting: return "§6.5.2 invalid setting value";
    case Problem::window_setting_too_large: return "§6.5.2 INITIAL_WINDOW_SIZE above 2^31-1";
    case Problem::self_dependency: return "§5.3.1 stream depends on itself";
    case Problem::promised_stream_zero: return "§6.6 promised stream 0";
    case Problem::continuation_expected: return "§6.10 CONTINUATION expected";
    case Problem::continuation_unexpected: return "§6.10 CONTINUATION continues nothing";
  }
  return "?";
}

/// Where and why the byte stream broke: the connection ends with GOAWAY(code).
struct Fault {
  Problem problem = Problem::none;
  ErrorCode code = ErrorCode::no_error;
  std::uint8_t type = 0;     ///< the frame's type (0 for the preface)
  std::uint32_t stream = 0;  ///< the frame's stream
  std::uint64_t offset = 0;  ///< octet of the connection's byte stream where the offending field starts
};

enum class Status : std::uint8_t {
  need_more,  ///< a prefix of something valid: wait for more octets
  preface,    ///< the 24-octet client preface (consumed)
  frame,      ///< a frame (consumed)
  fault,      ///< the stream of octets is broken; nothing more can be decoded
};

struct Decoded {
  Status status = Status::need_more;
  Frame frame;
  std::size_t consumed = 0;
  Fault fault;
};

/// Decodes a connection's byte stream as it arrives, frame by frame. Its state is the
/// wire's only: whether the preface is still due, the stream of a header block awaiting
/// CONTINUATION (§6.10), the octets consumed, and a fault once there was one.
class Decoder {
 public:
  explicit Decoder(bool expect_preface = true, std::uint32_t max_frame_size = default_max_frame_size) noexcept
      : max_frame_size_(max_frame_size), preface_(expect_preface) {}

  /// Decodes the first frame (or the preface) of [data, data + size); never reads past it.
  /// After a fault, every call answers that fault.
  Decoded next(const std::uint8_t* data, std::size_t size) noexcept {
    Decoded d;
    if (fault_.problem != Problem::none) return failed(d, fault_);
    if (preface_) {
      const std::size_t n = size < client_preface.size() ? size : client_preface.size();
      if (std::memcmp(data, client_preface.data(), n) != 0) return fail(d, Problem::bad_preface, ErrorCode::protocol_error, 0);
      if (n < client_preface.size()) return d;
      preface_ = false;
      return done(d, Status::preface, client_preface.size());
    }
    if (size < header_size) return d;
    Frame& f = d.frame;
    const std::uint32_t len = detail::get24(data);
    f.type = data[3];
    f.flags = data[4];
    f.stream = detail::get32(data + 5) & max_window_octets;
    f.reserved = (data[5] & 0x80) != 0;
    if (len > max_frame_size_) return fail(d, Problem::frame_too_large, ErrorCode::frame_size_error, 0);
    if (continuation_ && (!f.is(Type::continuation) || f.stream != continuation_))
      return fail(d, Problem::continuation_expected, ErrorCode::protocol_error, 3);
    if (size < header_size + len) return d;  // the header alone was enough to refuse it
    const std::uint8_t* p = data + header_size;
    const std::uint8_t* end = p + len;
    const auto stream_must_be = [&](bool nonzero) { return (f.stream != 0) == nonzero; };
    const auto bytes = [](const std::uint8_t* from, const std::uint8_t* to) {
      return Bytes{from, static_cast<std::uint32_t>(to - from)};
    };

    if (!f.known()) {  // §4.1, §5.5: ignored (but not inside a header block: above)
      f.payload = bytes(p, end);
      return done(d, Status::frame, header_size + len);
    }
    const Type t = f.kind();
    const bool for_stream = t != Type::settings && t != Type::ping && t != Type::goaway && t != Type::window_update;
    if (for_stream && !stream_must_be(true)) return fail(d, Problem::stream_zero, ErrorCode::protocol_error, 5);
    if (!for_stream && t != Type::window_update && !stream_must_be(false))
      return fail(d, Problem::stream_nonzero, ErrorCode::protocol_error, 5);
    const auto fixed = [&](std::uint32_t n) { return len == n; };
    switch (t) {
      case Type::priority:
        if (!fixed(5)) return fail(d, Problem::bad_length, ErrorCode::frame_size_error, 0);
        break;
      case Type::rst_stream: case Type::window_update:
        if (!fixed(4)) return fail(d, Problem::bad_length, ErrorCode::frame_size_error, 0);
        break;
      case Type::ping:
        if (!fixed(8)) return fail(d, Problem::bad_length, ErrorCode::frame_size_error, 0);
        break;
      case Type::settings:
        if (f.ack() ? len != 0 : len % 6 != 0) return fail(d, Problem::bad_length, ErrorCode::frame_size_error, 0);
        break;
      default: break;
    }
    // Variable parts, front to back: pad length, fixed fields, the rest, padding.
    std::uint32_t pad = 0;
    if (f.padded()) {
      if (p == end) return fail(d, Problem::too_short, ErrorCode::frame_size_error, 0);
      pad = *p++;
    }
    const std::uint32_t fields = f.prioritized() ? 5 : t == Type::push_promise ? 4 : t == Type::goaway ? 8 : 0;
    if (static_cast<std::uint32_t>(end - p) < fields) return fail(d, Problem::too_short, ErrorCode::frame_size_error, 0);
    if (pad > static_cast<std::uint32_t>(end - p) - fields)  // §6.1: pad length >= payload length
      return fail(d, Problem::padding_too_long, ErrorCode::protocol_error, header_size);
    f.padding = bytes(end - pad, end);
    end -= pad;
    switch (t) {
      case Type::priority: case Type::headers:
        if (t == Type::priority || f.prioritized()) {
          f.dependency = detail::get32(p);
          f.weight = p[4];
          if ((f.dependency & max_window_octets) == f.stream)
            return fail(d, Problem::self_dependency, ErrorCode::protocol_error, offset_of(p, data));
          p += 5;
        }
        break;
      case Type::rst_stream: f.error = detail::get32(p), p += 4; break;
      case Type::ping: std::memcpy(f.opaque.data(), p, 8), p += 8; break;
      case Type::window_update: case Type::push_promise: case Type::goaway:
        f.value = detail::get32(p) & max_window_octets;
        f.value_reserved = (p[0] & 0x80) != 0;
        if (t == Type::window_update && f.value == 0)
          return fail(d, Problem::zero_increment, ErrorCode::protocol_error, offset_of(p, data));
        if (t == Type::push_promise && f.value == 0)
          return fail(d, Problem::promised_stream_zero, ErrorCode::protocol_error, offset_of(p, data));
        if (t == Type::goaway) f.error = detail::get32(p + 4);
        p += t == Type::goaway ? 8 : 4;
        break;
      case Type::settings:
        for (const std::uint8_t* s = p; s < end; s += 6) {
          const std::uint32_t id = std::uint32_t{s[0]} << 8 | s[1], v = detail::get32(s + 2);
          if (id == setting::initial_window_size && v > max_window_octets)
            return fail(d, Problem::window_setting_too_large, ErrorCode::flow_control_error, offset_of(s, data));
          if ((id == setting::enable_push && v > 1) ||
              (id == setting::max_frame_size && (v < default_max_frame_size || v > 0xffffff)))
            return fail(d, Problem::bad_setting, ErrorCode::protocol_error, offset_of(s, data));
        }
        break;
      case Type::continuation:
        if (!continuation_) return fail(d, Problem::continuation_unexpected, ErrorCode::protocol_error, 3);
        break;
      default: break;
    }
    f.payload = bytes(p, end);
    if (t == Type::headers || t == Type::push_promise || t == Type::continuation)
      continuation_ = f.has(flag::end_headers) ? 0 : f.stream;
    return done(d, Status::frame, header_size + len);
  }

  /// Octets consumed so far (the preface and whole frames).
  std::uint64_t offset() const noexcept { return offset_; }
  bool failed() const noexcept { return fault_.problem != Problem::none; }

 private:
  std::uint64_t offset_of(const std::uint8_t* at, const std::uint8_t* start) const noexcept {
    return offset_ + static_cast<std::uint64_t>(at - start);
  }
  Decoded& done(Decoded& d, Status s, std::size_t n) noexcept {
    d.status = s;
    d.consumed = n;
    offset_ += n;
    return d;
  }
  Decoded& fail(Decoded& d, Problem p, ErrorCode c, std::size_t at) noexcept {
    fault_ = {p, c, d.frame.type, d.frame.stream, offset_ + at};
    return failed(d, fault_);
  }
  static Decoded& failed(Decoded& d, const Fault& f) noexcept {
    d.status = Status::fault;
    d.fault = f;
    return d;
  }

  std::uint32_t max_frame_size_;
  bool preface_;
  std::uint32_t continuation_ = 0;
  std::uint64_t offset_ = 0;
  Fault fault_;
};

// --- frames we write
inline Frame settings_frame(Bytes entries = {}) noexcept {
  Frame f;
  f.type = static_cast<std::uint8_t>(Type::settings);
  f.payload = entries;
  return f;
}
/// One SETTINGS entry, 6 octets at `at` (build a SETTINGS payload in the caller's array).
inline void put_setting(std::uint8_t* at, std::uint16_t id, std::uint32_t v) noexcept {
  at[0] = static_cast<std::uint8_t>(id >> 8), at[1] = static_cast<std::uint8_t>(id);
  detail::put32(at + 2, v);
}
inline Frame settings_ack() noexcept {
  Frame f = settings_frame();
  f.flags = flag::ack;
  return f;
}
inline Frame ping_frame(const std::array<std::uint8_t, 8>& opaque, bool ack) noexcept {
  Frame f;
  f.type = static_cast<std::uint8_t>(Type::ping);
  f.flags = ack ? flag::ack : 0;
  f.opaque = opaque;
  return f;
}
inline Frame goaway_frame(std::uint32_t last_stream, ErrorCode code) noexcept {
  Frame f;
  f.type = static_cast<std::uint8_t>(Type::goaway);
  f.value = last_stream;
  f.error = static_cast<std::uint32_t>(code);
  return f;
}
inline Frame rst_stream_frame(std::uint32_t stream, ErrorCode code) noexcept {
  Frame f;
  f.type = static_cast<std::uint8_t>(Type::rst_stream);
  f.stream = stream;
  f.error = static_cast<std::uint32_t>(code);
  return f;
}
inline Frame window_update_frame(std::uint32_t stream, std::uint32_t increment) noexcept {
  Frame f;
  f.type = static_cast<std::uint8_t>(Type::window_update);
  f.stream = stream;
  f.value = increment;
  return f;
}
inline Frame headers_frame(std::uint32_t stream, Bytes block, bool end_stream) noexcept {
  Frame f;
  f.type = static_cast<std::uint8_t>(Type::headers);
  f.flags = static_cast<std::uint8_t>(flag::end_headers | (end_stream ? flag::end_stream : 0));
  f.stream = stream;
  f.payload = block;
  return f;
}
inline Frame data_frame(std::uint32_t stream, Bytes data, bool end_stream) noexcept {
  Frame f;
  f.type = static_cast<std::uint8_t>(Type::data);
  f.flags = end_stream ? flag::end_stream : 0;
  f.stream = stream;
  f.payload = data;
  return f;
}

// ============================================================ frames -> the machines

namespace st = ::http2::stream;
namespace cn = ::http2::connection;

/// What a DATA frame queues on its stream until the application reads it: its length and
/// its first octets (the demo's payloads fit; a real application would queue a handle to
/// a buffer). Fixed size, so the stream table's rings hold it inline.
struct Payload {
  std::uint32_t length = 0;
  std::array<char, 12> head{};

  static Payload of(Bytes b) noexcept {
    Payload p;
    p.length = b.size;
    if (b.data) std::memcpy(p.head.data(), b.data, b.size < p.head.size() ? b.size : p.head.size());
    return p;
  }
  std::string_view text() const noexcept { return {head.data(), length < head.size() ? length : head.size()}; }
};

using Table = phasegen::ChannelTable<st::Roles, Payload>;
using Session = phasegen::Session<cn::SessionRoles, Table>;
using StreamOutcome = Session::RxOutcome;                      // a stream event through the gate
using ConnectionOutcome = phasegen::SessionOutcome<cn::Machine>;  // a connection event
using LocalOutcome = phasegen::ChannelOutcome<st::Machine>;       // a local stream operation

/// The frames to write back, in order.
struct Out {
  std::array<Frame, 4> frames{};
  std::uint8_t count = 0;
  void push(const Frame& f) noexcept {
    if (count < frames.size()) frames[count++] = f;
  }
  const Frame* begin() const noexcept { return frames.data(); }
  const Frame* end() const noexcept { return frames.data() + count; }
};

/// The RFC error code of a violated rule (the spec names its rules after them).
constexpr ErrorCode error_of(st::Code c) noexcept {
  return c == st::Code::stream_closed ? ErrorCode::stream_closed
         : c == st::Code::flow_control ? ErrorCode::flow_control_error
                                       : ErrorCode::protocol_error;
}
constexpr ErrorCode error_of(cn::Code c) noexcept {
  return c == cn::Code::flow_control ? ErrorCode::flow_control_error : ErrorCode::protocol_error;
}
/// A stream frame's: the gate's rule if the gate refused it, else the stream's; a stream
/// the table had no room for is REFUSED_STREAM (§5.1.2; we advertise the table's capacity).
inline ErrorCode error_of(const StreamOutcome& f) noexcept {
  if (f.reason == phasegen::Reason::too_many_channels) return ErrorCode::refused_stream;
  return f.gate.disposition != phasegen::Disposition::transition ? error_of(f.gate.code) : error_of(f.channel.code);
}

/// What one decoded frame (or fault) did.
struct Applied {
  Decoded decoded;
  /// The stream events it became, in order: one, or a DATA frame's payload then its END_STREAM.
  std::array<StreamOutcome, 2> stream{};
  std::uint8_t streams = 0;
  /// A connection event: SETTINGS, GOAWAY, the gate a connection-level frame passes.
  ConnectionOutcome connection{};
  bool connection_event = false;
  /// Peer GOAWAY: our streams above its last stream id, failed (§6.8).
  phasegen::DisconnectSummary refused{};
  /// A violation (a stream's, the gate's or the decoder's) escalated: the connection's
  /// answer (send_goaway, fail_streams) and GOAWAY's error code.
  ConnectionOutcome escalation{};
  bool escalated = false;
  ErrorCode error = ErrorCode::no_error;
  Out out;  ///< what to write back, in order
};

/// A local stream operation: the machine's answer and what to write.
struct Local {
  LocalOutcome outcome;  ///< the last event applied
  Out out;
};
struct Read {
  phasegen::Consumed<st::Machine, Payload> consumed;
  Out out;
};

/// One connection's framing, as the server: the peer's streams are odd, ours even
/// (§5.1.1). Holds the decoder, GOAWAY's last stream id and how many DATA frames have had
/// their connection window returned; nothing about any stream.
///
/// The connection window (the connection machine's conn_window, spent by the DATA gate)
/// comes back through its `credit` event for every DATA frame that passed the gate and left
/// the stream table for good: read, discarded (a reset, a failure) or refused by its stream
/// (in flight after our RST_STREAM): the table's item counts, `delivered + discarded +
/// refused` (§6.9: DATA on a closed stream still counts against the connection window, so
/// its window must come back too).
class Endpoint {
 public:
  explicit Endpoint(Session& s, bool expect_preface = true) noexcept
      : s_(s), decoder_(expect_preface), returned_(gone(s)) {}

  /// Decodes the first frame (or the preface) of [data, data + size) and applies it. On
  /// need_more nothing was consumed; after a fault nothing more will be.
  Applied receive(const std::uint8_t* data, std::size_t size) noexcept {
    Applied a;
    a.decoded = decoder_.next(data, size);
    if (a.decoded.status == Status::fault)
      escalate(a, s_.dispatch(cn::SessionRoles::escalate), a.decoded.fault.code);
    else if (a.decoded.status == Status::frame)
      apply(a.decoded.frame, a);
    settle(a.out);
    return a;
  }

  /// The application reads the oldest DATA of a stream.
  Read read(std::uint32_t stream) noexcept {
    Read r{s_.rx().take(stream, 0), {}};
    r.out = answer(r.consumed.outcome);
    return r;
  }
  /// The application resets a stream (RST_STREAM CANCEL); its unread DATA is discarded.
  Local cancel(std::uint32_t stream) noexcept {
    Local l{s_.rx_local(st::Event::cancel, stream), {}};
    l.out = answer(l.outcome);
    return l;
  }
  /// We send HEADERS, with END_STREAM if asked: a response's header block on a stream the
  /// peer opened, or a new stream of ours (even).
  Local send_headers(std::uint32_t stream, Bytes block, bool end_stream) noexcept {
    return send(st::Event::send_headers, headers_frame(stream, block, end_stream));
  }
  /// We send one DATA frame (one unit of the stream's send window), with END_STREAM if asked.
  Local send_data(std::uint32_t stream, Bytes data, bool end_stream) noexcept {
    return send(st::Event::send_data, data_frame(stream, data, end_stream));
  }
  /// What the stream machine emitted for a local operation (a read, a cancel; also a
  /// bridge's on_answer): WINDOW_UPDATE for the stream, RST_STREAM CANCEL; then the
  /// connection window of what left the table.
  Out answer(const LocalOutcome& o) noexcept {
    Out out;
    const auto id = static_cast<std::uint32_t>(o.id);
    if (o.emitted(st::Action::window_update_out)) out.push(window_update_frame(id, unit_octets));
    if (o.emitted(st::Action::send_rst)) out.push(rst_stream_frame(id, ErrorCode::cancel));
    settle(out);
    return out;
  }

  const Decoder& decoder() const noexcept { return decoder_; }
  /// The highest peer stream id a frame reached (§6.8: GOAWAY's last stream id).
  std::uint32_t last_stream() const noexcept { return last_stream_; }

 private:
  static std::uint64_t gone(const Session& s) noexcept {
    const auto& it = s.rx().items();
    return it.delivered + it.discarded + it.refused;
  }

  void apply(const Frame& f, Applied& a) noexcept {
    using phasegen::Disposition;
    const std::uint64_t id = f.stream;
    switch (f.kind()) {
      case Type::data:
        on_stream(a, s_.template rx_item<st::Event::data, cn::Event::data_frame>(id, 0, Payload::of(f.payload)));
        break;
      case Type::headers:  // with END_STREAM: a request without a body, or trailers (one event)
        on_stream(a, s_.rx_frame(f.end_stream() ? st::Event::headers_end : st::Event::headers, id, 0));
        break;
      case Type::priority: on_stream(a, s_.rx_frame(st::Event::priority, id, 0)); break;
      case Type::rst_stream: on_stream(a, s_.rx_frame(st::Event::rst_stream, id, 0)); break;
      case Type::push_promise: on_stream(a, s_.rx_frame(st::Event::push_promise, f.value, 0)); break;
      case Type::settings:
        if (f.ack())
          on_connection(a, cn::Event::frame);
        else if (on_connection(a, cn::Event::settings) == Disposition::transition)
          a.out.push(settings_ack());
        break;
      case Type::goaway:
        if (on_connection(a, cn::Event::goaway) == Disposition::transition && s_.state() == cn::State::GoingAway) {
          const std::uint32_t last = f.value;  // our streams above it will not be processed
          a.refused = s_.rx().fail_if([last](std::uint64_t sid) { return sid % 2 == 0 && sid > last; });
        }
        break;
      case Type::window_update:
        if (f.stream != 0) {
          const std::uint32_t units = (f.value + unit_octets - 1) / unit_octets;  // f.value >= 1
          const st::Args n{static_cast<std::uint8_t>(units < st::params::max_window ? units : st::params::max_window)};
          on_stream(a, s_.rx_frame(st::Event::window_update, id, 0, n));
        } else {
          on_connection(a, cn::Event::frame);  // our connection send window is not modelled
        }
        break;
      case Type::ping:
        if (on_connection(a, cn::Event::frame) == Disposition::transition && !f.ack())
          a.out.push(ping_frame(f.opaque, true));
        break;
      default:  // CONTINUATION (its HEADERS was applied), unknown types (§5.5): the gate only
        on_connection(a, cn::Event::frame);
        break;
    }
    if (f.kind() == Type::data && a.streams == 1 && a.stream[0].disposition == Disposition::transition && f.end_stream())
      on_stream(a, s_.rx_frame(st::Event::end_stream, id, 0));
  }

  void on_stream(Applied& a, const StreamOutcome& o) noexcept {
    a.stream[a.streams++] = o;
    if (o.applied && o.channel.id % 2 == 1 && o.channel.id > last_stream_)
      last_stream_ = static_cast<std::uint32_t>(o.channel.id);
    if (o.escalated) escalate(a, o.escalation, error_of(o));
  }

  /// A connection event; the gate's violation (a frame before the preface's SETTINGS)
  /// escalates, as the session escalates a stream frame's.
  phasegen::Disposition on_connection(Applied& a, cn::Event e) noexcept {
    a.connection_event = true;
    a.connection = s_.dispatch(e);
    if (a.connection.outcome.disposition == phasegen::Disposition::violation)
      escalate(a, s_.dispatch(cn::SessionRoles::escalate), error_of(a.connection.outcome.code));
    return a.connection.outcome.disposition;
  }

  /// The connection's answer to a violation: GOAWAY when it emits send_goaway.
  void escalate(Applied& a, const ConnectionOutcome& o, ErrorCode code) noexcept {
    a.escalated = true;
    a.escalation = o;
    if (!o.send_protocol_error()) return;
    a.error = code;
    a.out.push(goaway_frame(last_stream_, code));
  }

  Local send(st::Event e, const Frame& f) noexcept {
    Local l{s_.rx_local(e, f.stream), {}};
    if (l.outcome.disposition != phasegen::Disposition::transition) return l;
    if (f.end_stream()) l.outcome = s_.rx_local(st::Event::send_end_stream, f.stream);  // a transition wherever e was
    l.out.push(f);
    return l;
  }

  /// The connection's credit for every DATA frame that left the table since the last
  /// settle; one WINDOW_UPDATE on stream 0 for what it gives back.
  void settle(Out& out) noexcept {
    const std::uint64_t now = gone(s_);
    std::uint32_t units = 0;
    for (; returned_ < now; ++returned_)
      if (s_.state() != cn::State::Closed && s_.dispatch(cn::Event::credit).emitted(cn::Action::send_window_update)) ++units;
    if (units) out.push(window_update_frame(0, units * unit_octets));
  }

  Session& s_;
  Decoder decoder_;
  std::uint32_t last_stream_ = 0;
  std::uint64_t returned_;  ///< DATA frames gone from the table whose connection window was settled
};

}  // namespace h2frames
