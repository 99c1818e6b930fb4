// vox::rx_channel as a Boost.Statechart state machine: one state class per state, a
// custom_reaction per transition event (guards are tested in react; a failed guard
// forwards the event), in-state reactions for the self-loops (item, consume), and
// unconsumed_event answers every other cell through bench::refuse.
#pragma once

#include <cstdint>

#include <boost/mpl/list.hpp>
#include <boost/statechart/custom_reaction.hpp>
#include <boost/statechart/event.hpp>
#include <boost/statechart/state.hpp>
#include <boost/statechart/state_machine.hpp>

#include "common.hpp"

namespace bench::statechart {

namespace sc = boost::statechart;
namespace mpl = boost::mpl;

/// The outcome of the last process_event (reactions and unconsumed_event write it), and
/// the event being processed (unconsumed_event sees only an event_base).
inline Outcome sink{};
inline Event current_event{};

template <Event E>
struct Ev : sc::event<Ev<E>> {};
using Announce = Ev<Event::announce>;
using Bind = Ev<Event::bind>;
using Item = Ev<Event::item>;
using Close = Ev<Event::close>;
using Reset = Ev<Event::reset>;
using Grant = Ev<Event::grant>;
using Consume = Ev<Event::consume>;
using DropReceiver = Ev<Event::drop_receiver>;
using Disconnect = Ev<Event::disconnect>;

struct Unknown;
struct Announced;
struct AnnouncedClosed;
struct Open;
struct Draining;
struct ResetSent;
struct Closed;
struct AnnouncedFailing;
struct Failing;
struct Failed;

struct Channel : sc::state_machine<Channel, Unknown> {
  std::uint8_t queued = 0;
  State current = State::Unknown;  ///< set by each state's constructor (entry)

  void unconsumed_event(const sc::event_base&) { sink = refuse(current, current_event); }
};

/// Every state: entering it records its id in the machine.
template <class Self, State Id>
struct Base : sc::state<Self, Channel> {
  using base = sc::state<Self, Channel>;
  explicit Base(typename base::my_context ctx) : base(ctx) { this->outermost_context().current = Id; }

  Channel& m() { return this->outermost_context(); }
  template <class To>
  sc::result go(ActionSet actions = 0) {
    sink = Outcome{Disposition::transition, Id, To::id, Code::none, actions};
    return this->template transit<To>();
  }
  sc::result stay(ActionSet actions = 0) {  // a self-loop: an in-state reaction
    sink = Outcome{Disposition::transition, Id, Id, Code::none, actions};
    return this->discard_event();
  }
};

struct Unknown : Base<Unknown, State::Unknown> {
  static constexpr State id = State::Unknown;
  using reactions = mpl::list<sc::custom_reaction<Announce>, sc::custom_reaction<Bind>>;
  using Base::Base;
  sc::result react(const Announce&);
  sc::result react(const Bind&);
};
struct Announced : Base<Announced, State::Announced> {
  static constexpr State id = State::Announced;
  using reactions = mpl::list<sc::custom_reaction<Item>, sc::custom_reaction<Close>, sc::custom_reaction<Bind>,
                              sc::custom_reaction<DropReceiver>, sc::custom_reaction<Disconnect>>;
  using Base::Base;
  sc::result react(const Item&);
  sc::result react(const Close&);
  sc::result react(const Bind&);
  sc::result react(const DropReceiver&);
  sc::result react(const Disconnect&);
};
struct AnnouncedClosed : Base<AnnouncedClosed, State::AnnouncedClosed> {
  static constexpr State id = State::AnnouncedClosed;
  using reactions = mpl::list<sc::custom_reaction<Bind>, sc::custom_reaction<DropReceiver>>;
  using Base::Base;
  sc::result react(const Bind&);
  sc::result react(const DropReceiver&);
};
struct Open : Base<Open, State::Open> {
  static constexpr State id = State::Open;
  using reactions = mpl::list<sc::custom_reaction<Item>, sc::custom_reaction<Close>, sc::custom_reaction<Consume>,
                              sc::custom_reaction<DropReceiver>, sc::custom_reaction<Disconnect>>;
  using Base::Base;
  sc::result react(const Item&);
  sc::result react(const Close&);
  sc::result react(const Consume&);
  sc::result react(const DropReceiver&);
  sc::result react(const Disconnect&);
};
struct Draining : Base<Draining, State::Draining> {
  static constexpr State id = State::Draining;
  using reactions = mpl::list<sc::custom_reaction<Consume>, sc::custom_reaction<DropReceiver>>;
  using Base::Base;
  sc::result react(const Consume&);
  sc::result react(const DropReceiver&);
};
struct ResetSent : Base<ResetSent, State::ResetSent> {
  static constexpr State id = State::ResetSent;
  using reactions = mpl::list<sc::custom_reaction<Close>, sc::custom_reaction<Disconnect>>;
  using Base::Base;
  sc::result react(const Close&);
  sc::result react(const Disconnect&);
};
struct Closed : Base<Closed, State::Closed> {
  static constexpr State id = State::Closed;
  using Base::Base;
};
struct AnnouncedFailing : Base<AnnouncedFailing, State::AnnouncedFailing> {
  static constexpr State id = State::AnnouncedFailing;
  using reactions = mpl::list<sc::custom_reaction<Bind>, sc::custom_reaction<DropReceiver>>;
  using Base::Base;
  sc::result react(const Bind&);
  sc::result react(const DropReceiver&);
};
struct Failing : Base<Failing, State::Failing> {
  static constexpr State id = State::Failing;
  using reactions = mpl::list<sc::custom_reaction<Consume>, sc::custom_reaction<DropReceiver>>;
  using Base::Base;
  sc::result react(const Consume&);
  sc::result react(const DropReceiver&);
};
struct Failed : Base<Failed, State::Failed> {
  static constexpr State id = State::Failed;
  using Base::Base;
};

inline sc::result Unknown::react(const Announce&) { return go<Announced>(); }
inline sc::result Unknown::react(const Bind&) { return go<Open>(); }

inline sc::result Announced::react(const Item&) {
  if (m().queued == credit) return forward_event();  // credit-exceeded
  ++m().queued;
  return stay();
}
inline sc::result Announced::react(const Close&) { return go<AnnouncedClosed>(); }
inline sc::result Announced::react(const Bind&) { return go<Open>(); }
inline sc::result Announced::react(const DropReceiver&) {
  m().queued = 0;
  return go<ResetSent>(send_reset);
}
inline sc::result Announced::react(const Disconnect&) {
  return m().queued > 0 ? go<AnnouncedFailing>() : go<Failed>();
}

inline sc::result AnnouncedClosed::react(const Bind&) { return m().queued > 0 ? go<Draining>() : go<Closed>(); }
inline sc::result AnnouncedClosed::react(const DropReceiver&) {
  m().queued = 0;
  return go<Closed>();
}

inline sc::result Open::react(const Item&) {
  if (m().queued == credit) return forward_event();  // credit-exceeded
  ++m().queued;
  return stay();
}
inline sc::result Open::react(const Close&) { return m().queued > 0 ? go<Draining>() : go<Closed>(); }
inline sc::result Open::react(const Consume&) {
  if (m().queued == 0) return forward_event();  // queue-empty
  --m().queued;
  return stay(grant_credit);
}
inline sc::result Open::react(const DropReceiver&) {
  m().queued = 0;
  return go<ResetSent>(send_reset);
}
inline sc::result Open::react(const Disconnect&) { return m().queued > 0 ? go<Failing>() : go<Failed>(); }

inline sc::result Draining::react(const Consume&) {
  if (m().queued == 0) return forward_event();  // queue-empty
  if (--m().queued > 0) return stay();
  return go<Closed>();
}
inline sc::result Draining::react(const DropReceiver&) {
  m().queued = 0;
  return go<Closed>();
}

inline sc::result ResetSent::react(const Close&) { return go<Closed>(); }
inline sc::result ResetSent::react(const Disconnect&) {
  m().queued = 0;
  return go<Failed>();
}

inline sc::result AnnouncedFailing::react(const Bind&) { return m().queued > 0 ? go<Failing>() : go<Failed>(); }
inline sc::result AnnouncedFailing::react(const DropReceiver&) {
  m().queued = 0;
  return go<Failed>();
}

inline sc::result Failing::react(const Consume&) {
  if (m().queued == 0) return forward_event();  // queue-empty
  if (--m().queued > 0) return stay();
  return go<Failed>();
}
inline sc::result Failing::react(const DropReceiver&) {
  m().queued = 0;
  return go<Failed>();
}

inline void start(Channel& m) { m.initiate(); }
inline void recycle(Channel& m) {
  m.queued = 0;
  m.initiate();  // terminates the current state, enters Unknown
}

inline Outcome dispatch(Channel& m, Event e) {
  current_event = e;
  switch (e) {
    case Event::announce: m.process_event(Announce{}); break;
    case Event::bind: m.process_event(Bind{}); break;
    case Event::item: m.process_event(Item{}); break;
    case Event::close: m.process_event(Close{}); break;
    case Event::reset: m.process_event(Reset{}); break;
    case Event::grant: m.process_event(Grant{}); break;
    case Event::consume: m.process_event(Consume{}); break;
    case Event::drop_receiver: m.process_event(DropReceiver{}); break;
    case Event::disconnect: m.process_event(Disconnect{}); break;
  }
  return sink;
}

/// The configuration, read from the active state object (not from `current`).
inline rx::Config config(const Channel& m) {
  State s = State::Unknown;
  if (m.state_cast<const Announced*>()) s = State::Announced;
  if (m.state_cast<const AnnouncedClosed*>()) s = State::AnnouncedClosed;
  if (m.state_cast<const Open*>()) s = State::Open;
  if (m.state_cast<const Draining*>()) s = State::Draining;
  if (m.state_cast<const ResetSent*>()) s = State::ResetSent;
  if (m.state_cast<const Closed*>()) s = State::Closed;
  if (m.state_cast<const AnnouncedFailing*>()) s = State::AnnouncedFailing;
  if (m.state_cast<const Failing*>()) s = State::Failing;
  if (m.state_cast<const Failed*>()) s = State::Failed;
  return rx::Config{s, rx::Vars{m.queued}};
}

}  // namespace bench::statechart
