// One end of a socketpair(AF_UNIX, SOCK_STREAM) for the socket-pair demos
// (examples/demo_net.cpp, examples/demo_h2.cpp): non-blocking; octets out, waiting for room
// when the socket is full; whatever has arrived in, kept until the caller's framing
// consumes it. Any I/O error ends the demo (die()).
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace demo {

[[noreturn]] inline void die(const char* what) {
  std::perror(what);
  std::exit(1);
}

/// `Capacity`: the most octets kept unconsumed (at least one whole frame of the protocol).
template <std::size_t Capacity>
class SocketEnd {
 public:
  explicit SocketEnd(int fd) : fd_(fd) {
    if (fcntl(fd_, F_SETFL, fcntl(fd_, F_GETFL) | O_NONBLOCK) != 0) die("fcntl");
  }
  ~SocketEnd() { close(fd_); }
  SocketEnd(const SocketEnd&) = delete;
  SocketEnd& operator=(const SocketEnd&) = delete;

  void send_bytes(const std::uint8_t* p, std::size_t n) {
    while (n > 0) {
      const ssize_t w = write(fd_, p, n);
      if (w < 0 && errno == EAGAIN) {
        pollfd pfd{fd_, POLLOUT, 0};
        if (poll(&pfd, 1, 1000) <= 0) die("poll");
        continue;
      }
      if (w <= 0) die("write");
      p += w;
      n -= static_cast<std::size_t>(w);
    }
  }

  /// Reads whatever has arrived (without waiting) behind what is still unconsumed.
  void fill() {
    for (;;) {
      const ssize_t r = read(fd_, buf_.data() + have_, buf_.size() - have_);
      if (r < 0 && errno == EAGAIN) break;
      if (r <= 0) die("read");
      have_ += static_cast<std::size_t>(r);
    }
  }
  const std::uint8_t* data() const noexcept { return buf_.data(); }
  std::size_t size() const noexcept { return have_; }
  /// Drops the first n octets (a frame the caller decoded).
  void consume(std::size_t n) noexcept {
    for (std::size_t i = n; i < have_; ++i) buf_[i - n] = buf_[i];
    have_ -= n;
  }
  void clear() noexcept { have_ = 0; }

 private:
  int fd_;
  std::array<std::uint8_t, Capacity> buf_{};
  std::size_t have_ = 0;
};

}  // namespace demo
