// phasegen runtime: a consumer thread talking to the owner of a channel table.
//
// The owner performs every transition; a consumer on another thread never touches the
// table. It posts requests (consume, release) on one SPSC ring and receives the answers
// on another: items, or the outcome that says why there is none (the channel is empty,
// closed, failed, released, ...). A table's roles (phasegen/roles.hpp) say which event
// hands out the oldest item (`dequeue`), which releases a channel (`release`) and which
// code means "nothing yet, more may come" (`empty`).
//
// A consume request asks for up to `count` items of one channel. It is answered with
// deliveries that carry up to K items each, every item a dequeue transition of the
// channel's machine, in queue order; if it ends before `count` items, its final delivery
// also carries the machine's outcome that says why (a refusal: empty, closed, ...). With
// `wait` set, a request does not end on `empty`: it waits, unanswered, until items
// arrive or the machine's answer changes (the channel closes, fails, or is released) - a
// recv() that blocks, without the consumer polling the owner. Without `wait`, it takes
// what is queued now. A release request gets exactly one delivery. Every delivery names
// its request; `final` marks a request's last.
//
// Nothing is dropped and nothing waits silently: the owner takes an item off its channel
// only when the answer ring has room, so when the consumer is slow, items simply stay in
// their channel queue (and the peer, out of credit, stops sending). Whatever the machine
// emits when an item is handed out (a credit grant) is the owner's to put on the wire:
// `on_answer` sees the outcome of every transition. At most N requests wait at once; a
// waiting consume that finds no room among them is answered at once, like a request
// without `wait`. Besides them, at most one request that does not wait is in progress
// (cut short by a full answer ring or by pump's `max`), so N + 1 places always suffice.
// Every request taken gets exactly one final delivery:
// requests_taken() == requests_answered() + in_progress().
//
// Cost: a request costs the owner one ring slot per K items, not a round trip per item;
// across cores the ring's cost is in cache lines, and with 8-byte items a delivery of 8
// moves 2 lines where 8 deliveries of one item moved 8. The owner re-examines requests in
// progress on every pump (one table lookup for each that waits on an empty queue).
// How often the consumer polls matters as much: one that polls again the moment it finds
// the answer ring empty reads each line while the owner is still filling it, so lines
// cross between the cores more than once. A consumer built for throughput lets a few
// microseconds pass after a poll that found nothing (about the time the owner takes to
// fill a poll's worth), then takes a long run of answers at once; one built for latency
// polls at once. Either way the waiting requests it keeps posted must cover the items
// that arrive while it waits, or the owner runs out of demand (docs/performance.md,
// "Runtime": 19M items/s on one channel polling at once, 41M lagging 4 us, on the same
// two cores).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>

#include "phasegen/spsc.hpp"
#include "phasegen/channels.hpp"
#include "phasegen/roles.hpp"

namespace phasegen {

struct Request {
  enum class Kind : std::uint8_t { consume, release, drop_receiver = release };  // drop_receiver: release's first name
  Kind kind = Kind::consume;
  std::uint32_t generation = 0;
  std::uint64_t id = 0;
  std::uint32_t count = 1;  ///< consume: items wanted (0 counts as 1)
  bool wait = false;        ///< consume: wait for items instead of answering `empty`
};

/// One answer to one request, for channels of machine M. Item must be default-constructible
/// (the ring holds K of them in every slot).
template <class M, class Item, std::size_t K = 8>
struct Delivery {
  Request request;              ///< what this answers
  ChannelOutcome<M> outcome;    ///< the last transition or refusal: the last item's dequeue, what
                               ///< ended the request (not a transition), or the release's
  std::array<Item, K> items{};  ///< consume: the items handed out, in queue order
  std::uint8_t count = 0;       ///< how many of `items` this delivery carries
  std::uint16_t discarded = 0;  ///< release: items discarded with the channel
  bool final = true;            ///< the request's last delivery

  const Item* begin() const noexcept { return items.data(); }
  const Item* end() const noexcept { return items.data() + count; }
};
/// `Roles`: the channel table's (phasegen/roles.hpp); they must name a queue, a release
/// event and the code of an empty queue.
template <class Roles, class Item, std::size_t N = 256, std::size_t K = 8>
class Bridge {
  using M = typename Roles::Machine;
  static_assert(K >= 1 && K <= 255, "Delivery::count holds up to 255 items");
  static_assert(roles::has_queue<Roles>() && Roles::release.size() == 1, "the bridge consumes and releases");
  static_assert(Roles::queue_bound <= 0xffff, "Delivery::discarded counts at most one queue");
  static_assert(roles::empty_code<Roles>(), "the roles' `empty` code is not the dequeue answer of an empty queue");

 public:
  using Answer = Delivery<M, Item, K>;
  using Outcome = ChannelOutcome<M>;

  // --- consumer thread
  [[nodiscard]] Push request(Request r) noexcept { return requests_.try_push(r); }
  [[nodiscard]] std::optional<Answer> poll() noexcept { return deliveries_.try_pop(); }
  /// Takes up to `max` deliveries at once, calling `f(Answer&&)` for each (f must
  /// not throw); returns how many. Cheaper than poll() per delivery.
  template <class F>
  std::size_t poll_n(std::size_t max, F&& f) noexcept {
    return deliveries_.try_pop_n(max, std::forward<F>(f));
  }

  // --- owner thread
  /// Answers requests while the answer ring has room, at most `max` deliveries: first the
  /// requests in progress (oldest first), then new ones in the order they were posted.
  /// `channels` is a ChannelTable of these roles or a Session whose rx() is one;
  /// `on_answer(const Request&, const ChannelOutcome<M>&)` runs after every transition or
  /// refusal the bridge causes (to put what the machine emitted on the wire). The answers of one pump are published
  /// together, at its end. Returns how many deliveries were published.
  template <class Channels, class OnAnswer>
  std::size_t pump(Channels& channels, OnAnswer&& on_answer, std::size_t max = N) noexcept {
    std::size_t n = 0;
    std::size_t keep = 0;  // requests in progress are compacted in place, order kept
    bool cut_short = false;
    for (std::size_t i = 0; i < active_count_; ++i) {
      Active a = active_[i];
      const Served s = serve(channels, on_answer, a, n, max);
      if (s != Served::finished) active_[keep++] = a;
      cut_short = cut_short || s == Served::cut_short;
    }
    active_count_ = keep;
    // Intake. active_ holds at most N waiting requests and at most one that was cut short
    // (by a full answer ring or by `max`) without waiting, so N + 1 places suffice:
    // - a request may wait only while fewer than N are in progress (else it is answered now);
    // - a request that does not wait either finishes or is cut short, and once any request
    //   was cut short in this pump, no new one is taken, even if the consumer has freed a
    //   slot since: taking one would park a second cut-short request beside the first, and
    //   an unlucky consumer could repeat that until active_ overflowed (issue 10). So when
    //   intake begins, no cut-short request is in progress, and it stops at the first.
    while (!cut_short && n < max && deliveries_.has_room()) {
      std::optional<Request> r = requests_.try_pop();
      if (!r) break;
      ++taken_;
      if (r->kind == Request::Kind::release) {
        answer_drop(channels, on_answer, *r);
        ++n;
        continue;
      }
      Active a{*r, r->count == 0 ? 1 : r->count, false};
      if (active_count_ >= N) a.request.wait = false;  // no room to wait: answered now
      const Served s = serve(channels, on_answer, a, n, max);
      if (s == Served::finished) continue;
      active_[active_count_++] = a;  // waiting: at most N; cut short: at most N + 1
      cut_short = s == Served::cut_short;
    }
    if (n) deliveries_.publish();  // the consumer sees this pump's answers at once
    return n;
  }

  /// Requests in progress (waiting, or cut short by a full answer ring or `max`).
  std::size_t in_progress() const noexcept { return active_count_; }
  /// Requests taken off the request ring, and requests answered in full (their final
  /// delivery staged). At every moment between pumps: taken == answered + in_progress().
  std::uint64_t requests_taken() const noexcept { return taken_; }
  std::uint64_t requests_answered() const noexcept { return answered_; }

 private:
  struct Took {
    bool item = false;         // an item was handed out
    std::uint32_t queued = 0;  // items still queued on the channel
  };

  enum class Served : std::uint8_t {
    finished,   // its final delivery is staged
    waiting,    // it waits for the channel's answer to change
    cut_short,  // the answer ring was full, or the pump reached `max`
  };

  struct Active {
    Request request;
    std::uint32_t left;  // items still wanted
    bool ready;          // this pump's last consume left items queued: the next is a transition
  };

  /// Field by field: on_answer reads them back from the slot at once, and a field loaded
  /// from part of a wider store just made stalls on store-to-load forwarding.
  static void set_request(Request& to, const Request& from) noexcept {
    to.kind = from.kind;
    to.generation = from.generation;
    to.id = from.id;
    to.count = from.count;
    to.wait = from.wait;
  }

  /// The table: `channels` itself, or a session's receiving table.
  template <class Channels>
  static auto& table_of(Channels& c) noexcept {
    if constexpr (requires { c.rx(); })
      return c.rx();  // a Session
    else
      return c;
  }

  /// Whether the machine would answer this dequeue `empty` (then a waiting request
  /// waits). Asks a copy of the channel's configuration: nothing changes, nothing is counted.
  template <class Channels>
  static bool would_wait(Channels& channels, const Request& r) noexcept {
    typename M::Config c = table_of(channels).config(r.id, r.generation);
    const typename M::Outcome o = M::step(c, Roles::dequeue[0]);
    return o.disposition == Disposition::ignored && o.code == Roles::empty;
  }

  /// One dequeue on the channel: its outcome into `outcome`, its item (if any) into `item`.
  template <class Channels>
  static Took take(Channels& channels, const Request& r, Outcome& outcome, Item& item) noexcept {
    const auto took = table_of(channels).take_with(r.id, r.generation, outcome,
                                                   [&item](Item&& v) noexcept { item = std::move(v); });
    return {took.item, took.queued};
  }

  /// Hands out items for one consume request, until it is finished, must wait, or is cut short.
  template <class Channels, class OnAnswer>
  Served serve(Channels& channels, OnAnswer& on_answer, Active& a, std::size_t& n, std::size_t max) noexcept {
    a.ready = false;  // the owner may have changed the channel since the last pump: ask again
    while (n < max) {
      if (!a.ready && a.request.wait && would_wait(channels, a.request)) return Served::waiting;
      bool done = false;
      const Push p = deliveries_.try_stage_with([&](Answer& d) {
        set_request(d.request, a.request);
        d.count = 0;
        d.discarded = 0;
        for (;;) {
          const Took t = take(channels, a.request, d.outcome, d.items[d.count]);
          on_answer(static_cast<const Request&>(d.request), static_cast<const Outcome&>(d.outcome));
          a.ready = t.queued > 0;
          if (!t.item) {  // a refusal ends the request, and says why
            done = true;
            break;
          }
          ++d.count;
          if (--a.left == 0) {
            done = true;
            break;
          }
          if (d.count == K || (!a.ready && a.request.wait)) break;  // full, or wait for more
        }
        d.final = done;
      });
      if (p == Push::full) return Served::cut_short;  // the consumer is behind: continue on a later pump
      ++n;
      if (done) {
        ++answered_;
        return Served::finished;
      }
    }
    return Served::cut_short;
  }

  template <class Channels, class OnAnswer>
  void answer_drop(Channels& channels, OnAnswer& on_answer, const Request& r) noexcept {
    // has_room() said yes and only this thread pushes, so this succeeds.
    (void)deliveries_.try_stage_with([&](Answer& d) {
      set_request(d.request, r);
      d.count = 0;
      const Dropped<M> x = table_of(channels).apply_discarding(Roles::release[0], r.id, r.generation);
      d.outcome = x.outcome;
      d.discarded = static_cast<std::uint16_t>(x.discarded);
      d.final = true;
      on_answer(static_cast<const Request&>(d.request), static_cast<const Outcome&>(d.outcome));
    });
    ++answered_;
  }

  SpscRing<Request, N> requests_;           // consumer -> owner
  SpscRing<Answer, N> deliveries_;          // owner -> consumer
  std::array<Active, N + 1> active_{};      // owner only: consume requests in progress
  std::size_t active_count_ = 0;
  std::uint64_t taken_ = 0;
  std::uint64_t answered_ = 0;
};

}  // namespace phasegen
