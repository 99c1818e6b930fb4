// vox::rx_channel as a Boost.MSM back-end state machine (functor front-end): the
// transition table lists the 29 transitions (guards are functors); no_transition answers
// the cells with no row, and the caller the cells whose rows' guards all failed
// (process_event returns HANDLED_GUARD_REJECT), both through bench::refuse. Configured as a performance-aware user
// would: no message queue, no exception handling in process_event.
//
// The includer defines BOOST_MPL_CFG_NO_PREPROCESSED_HEADERS and
// BOOST_MPL_LIMIT_VECTOR_SIZE >= 30 before any Boost header (MSM's documented way to have
// more than 20 rows).
#pragma once

#include <array>
#include <cstdint>

#include <boost/mpl/vector.hpp>
#if __has_include("msm_back_state_machine.hpp")
#include "msm_back_state_machine.hpp"  // C++20-valid copy made by msm_cxx20.py (see meson.build)
#endif
#include <boost/msm/back/state_machine.hpp>
#include <boost/msm/front/functor_row.hpp>
#include <boost/msm/front/state_machine_def.hpp>

#include "common.hpp"

#if !defined(BOOST_MPL_LIMIT_VECTOR_SIZE) || BOOST_MPL_LIMIT_VECTOR_SIZE < 30
#error "define BOOST_MPL_CFG_NO_PREPROCESSED_HEADERS and BOOST_MPL_LIMIT_VECTOR_SIZE 30 before any Boost header"
#endif

namespace bench::msm {

namespace mpl = boost::mpl;
namespace front = boost::msm::front;

/// The outcome of the last process_event: actions and no_transition write it (MSM's
/// process_event returns only handled / not handled).
inline Outcome sink{};

template <Event E>
struct Ev {
  static constexpr Event id = E;
};
using Announce = Ev<Event::announce>;
using Bind = Ev<Event::bind>;
using Item = Ev<Event::item>;
using Close = Ev<Event::close>;
using Reset = Ev<Event::reset>;
using Grant = Ev<Event::grant>;
using Consume = Ev<Event::consume>;
using DropReceiver = Ev<Event::drop_receiver>;
using Disconnect = Ev<Event::disconnect>;

template <State S>
struct St : front::state<> {
  static constexpr State id = S;
};
using Unknown = St<State::Unknown>;
using Announced = St<State::Announced>;
using AnnouncedClosed = St<State::AnnouncedClosed>;
using Open = St<State::Open>;
using Draining = St<State::Draining>;
using ResetSent = St<State::ResetSent>;
using Closed = St<State::Closed>;
using AnnouncedFailing = St<State::AnnouncedFailing>;
using Failing = St<State::Failing>;
using Failed = St<State::Failed>;

// Guards.
struct BelowCredit {
  template <class E, class F, class S, class T>
  bool operator()(E const&, F& f, S&, T&) const { return f.queued < credit; }
};
struct Some {
  template <class E, class F, class S, class T>
  bool operator()(E const&, F& f, S&, T&) const { return f.queued > 0; }
};
struct None {
  template <class E, class F, class S, class T>
  bool operator()(E const&, F& f, S&, T&) const { return f.queued == 0; }
};
struct MoreThanOne {
  template <class E, class F, class S, class T>
  bool operator()(E const&, F& f, S&, T&) const { return f.queued > 1; }
};
struct One {
  template <class E, class F, class S, class T>
  bool operator()(E const&, F& f, S&, T&) const { return f.queued == 1; }
};

// Actions: update `queued`, then record the outcome.
enum class Update { none, inc, dec, clear };
template <Update U = Update::none, ActionSet A = 0>
struct Go {
  template <class E, class F, class S, class T>
  void operator()(E const&, F& f, S&, T&) const {
    if constexpr (U == Update::inc) ++f.queued;
    if constexpr (U == Update::dec) --f.queued;
    if constexpr (U == Update::clear) f.queued = 0;
    sink = Outcome{Disposition::transition, S::id, T::id, Code::none, A};
  }
};

struct RxChannel : front::state_machine_def<RxChannel> {
  using no_exception_thrown = int;
  using no_message_queue = int;

  std::uint8_t queued = 0;

  template <class E, class F>
  void on_entry(E const&, F&) { queued = 0; }

  using initial_state = Unknown;

  using R = Update;
  // clang-format off
  struct transition_table : mpl::vector<
      //        from              event         to                action                          guard
      front::Row<Unknown,          Announce,     Announced,        Go<>>,
      front::Row<Unknown,          Bind,         Open,             Go<>>,
      front::Row<Announced,        Item,         Announced,        Go<R::inc>,                     BelowCredit>,
      front::Row<Announced,        Close,        AnnouncedClosed,  Go<>>,
      front::Row<Announced,        Bind,         Open,             Go<>>,
      front::Row<Announced,        DropReceiver, ResetSent,        Go<R::clear, send_reset>>,
      front::Row<Announced,        Disconnect,   AnnouncedFailing, Go<>,                           Some>,
      front::Row<Announced,        Disconnect,   Failed,           Go<>,                           None>,
      front::Row<AnnouncedClosed,  Bind,         Draining,         Go<>,                           Some>,
      front::Row<AnnouncedClosed,  Bind,         Closed,           Go<>,                           None>,
      front::Row<AnnouncedClosed,  DropReceiver, Closed,           Go<R::clear>>,
      front::Row<Open,             Item,         Open,             Go<R::inc>,                     BelowCredit>,
      front::Row<Open,             Close,        Draining,         Go<>,                           Some>,
      front::Row<Open,             Close,        Closed,           Go<>,                           None>,
      front::Row<Open,             Consume,      Open,             Go<R::dec, grant_credit>,       Some>,
      front::Row<Open,             DropReceiver, ResetSent,        Go<R::clear, send_reset>>,
      front::Row<Open,             Disconnect,   Failing,          Go<>,                           Some>,
      front::Row<Open,             Disconnect,   Failed,           Go<>,                           None>,
      front::Row<Draining,         Consume,      Draining,         Go<R::dec>,                     MoreThanOne>,
      front::Row<Draining,         Consume,      Closed,           Go<R::clear>,                   One>,
      front::Row<Draining,         DropReceiver, Closed,           Go<R::clear>>,
      front::Row<ResetSent,        Close,        Closed,           Go<>>,
      front::Row<ResetSent,        Disconnect,   Failed,           Go<R::clear>>,
      front::Row<AnnouncedFailing, Bind,         Failing,          Go<>,                           Some>,
      front::Row<AnnouncedFailing, Bind,         Failed,           Go<>,                           None>,
      front::Row<AnnouncedFailing, DropReceiver, Failed,           Go<R::clear>>,
      front::Row<Failing,          Consume,      Failing,          Go<R::dec>,                     MoreThanOne>,
      front::Row<Failing,          Consume,      Failed,           Go<R::clear>,                   One>,
      front::Row<Failing,          DropReceiver, Failed,           Go<R::clear>>
  > {};
  // clang-format on

  /// MSM's state id (an index it assigns) -> State.
  template <class Fsm>
  static constexpr std::array<State, rx::state_count> states_by_id() {
    std::array<State, rx::state_count> m{};
    const auto put = [&m](int id, State s) { m[static_cast<std::size_t>(id)] = s; };
    using stt = typename Fsm::stt;
    namespace back = boost::msm::back;
    put(back::get_state_id<stt, Unknown>::value, State::Unknown);
    put(back::get_state_id<stt, Announced>::value, State::Announced);
    put(back::get_state_id<stt, AnnouncedClosed>::value, State::AnnouncedClosed);
    put(back::get_state_id<stt, Open>::value, State::Open);
    put(back::get_state_id<stt, Draining>::value, State::Draining);
    put(back::get_state_id<stt, ResetSent>::value, State::ResetSent);
    put(back::get_state_id<stt, Closed>::value, State::Closed);
    put(back::get_state_id<stt, AnnouncedFailing>::value, State::AnnouncedFailing);
    put(back::get_state_id<stt, Failing>::value, State::Failing);
    put(back::get_state_id<stt, Failed>::value, State::Failed);
    return m;
  }

  /// Every cell that has no row (a guard that failed is answered in process(), below).
  template <class Fsm, class E>
  void no_transition(E const&, Fsm&, int state) {
    static constexpr auto by_id = states_by_id<Fsm>();
    sink = refuse(by_id[static_cast<std::size_t>(state)], E::id);
  }
};

using Channel = boost::msm::back::state_machine<RxChannel>;

inline void start(Channel& m) { m.start(); }
inline void recycle(Channel& m) {
  m.stop();
  m.start();  // back to Unknown; RxChannel::on_entry clears queued
}

/// MSM calls no_transition only when no row matches; when rows matched but every guard
/// failed, process_event returns HANDLED_GUARD_REJECT and the caller answers the cell.
template <class E>
void process(Channel& m) {
  if (m.process_event(E{}) == boost::msm::back::HANDLED_GUARD_REJECT) {
    static constexpr auto by_id = RxChannel::states_by_id<Channel>();
    sink = refuse(by_id[static_cast<std::size_t>(m.current_state()[0])], E::id);
  }
}

inline Outcome dispatch(Channel& m, Event e) {
  switch (e) {
    case Event::announce: process<Announce>(m); break;
    case Event::bind: process<Bind>(m); break;
    case Event::item: process<Item>(m); break;
    case Event::close: process<Close>(m); break;
    case Event::reset: process<Reset>(m); break;
    case Event::grant: process<Grant>(m); break;
    case Event::consume: process<Consume>(m); break;
    case Event::drop_receiver: process<DropReceiver>(m); break;
    case Event::disconnect: process<Disconnect>(m); break;
  }
  return sink;
}

inline rx::Config config(const Channel& m) {
  static constexpr auto by_id = RxChannel::states_by_id<Channel>();
  return rx::Config{by_id[static_cast<std::size_t>(m.current_state()[0])], rx::Vars{m.queued}};
}

}  // namespace bench::msm
