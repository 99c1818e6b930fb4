// phasegen runtime, vox: a consumer thread talking to the owner of the channels.
//
// The owner performs every transition; a consumer on another thread never touches the
// registry. It posts requests (consume, drop_receiver) on one SPSC ring and receives
// one answer per request on another: the item, or the outcome that says why there is
// none (queue-empty, channel-closed, channel-failed, receiver-dropped, ...).
//
// Nothing is dropped: the owner takes a request off its ring only when the answer ring
// has room, so when the consumer is slow, items simply stay in their channel queue (and
// the peer, out of credit, stops sending). Credit is granted when the consumer asks for
// an item, not when the item is produced, exactly as the rx_channel machine says.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>

#include "phasegen/spsc.hpp"
#include "phasegen/vox/registry.hpp"

namespace phasegen::vox {

struct Request {
  enum class Kind : std::uint8_t { consume, drop_receiver };
  Kind kind = Kind::consume;
  std::uint32_t generation = 0;
  std::uint64_t id = 0;
};

template <class Item>
struct Delivery {
  Request request;            ///< what this answers
  ChannelOutcome outcome;
  std::optional<Item> item;   ///< consume transitions
  std::size_t discarded = 0;  ///< drop_receiver transitions: items discarded with the receiver
};

template <class Item, std::size_t N = 256>
class Bridge {
 public:
  // --- consumer thread
  [[nodiscard]] Push request(Request r) noexcept { return requests_.try_push(r); }
  [[nodiscard]] std::optional<Delivery<Item>> poll() noexcept { return deliveries_.try_pop(); }

  // --- owner thread
  /// Answers queued requests while the answer ring has room, at most `max`. `channels` is
  /// a ChannelRegistry or a Session; `on_answer(const Delivery&)` runs before each answer
  /// is published (to put grant_credit / send_reset on the wire). Returns how many
  /// requests were answered.
  template <class Channels, class OnAnswer>
  std::size_t pump(Channels& channels, OnAnswer&& on_answer, std::size_t max = N) noexcept {
    if (parked_) {  // see below; never happens while this thread is the only producer
      if (deliveries_.try_push(std::move(*parked_)) == Push::full) return 0;
      parked_.reset();
    }
    std::size_t n = 0;
    while (n < max && deliveries_.has_room()) {
      std::optional<Request> r = requests_.try_pop();
      if (!r) break;
      Delivery<Item> d;
      d.request = *r;
      if (r->kind == Request::Kind::consume) {
        Consumed<Item> c = channels.consume(r->id, r->generation);
        d.outcome = c.outcome;
        d.item = std::move(c.item);
      } else {
        const Dropped x = channels.drop_receiver(r->id, r->generation);
        d.outcome = x.outcome;
        d.discarded = x.discarded;
      }
      on_answer(static_cast<const Delivery<Item>&>(d));
      ++n;
      // has_room() said yes and only this thread pushes, so this succeeds; if it ever did
      // not, the answer is parked and published first on the next pump, not lost.
      if (deliveries_.try_push(std::move(d)) == Push::full) {
        parked_.emplace(std::move(d));
        break;
      }
    }
    return n;
  }

 private:
  SpscRing<Request, N> requests_;               // consumer -> owner
  SpscRing<Delivery<Item>, N> deliveries_;      // owner -> consumer
  std::optional<Delivery<Item>> parked_;        // owner only
};

}  // namespace phasegen::vox
