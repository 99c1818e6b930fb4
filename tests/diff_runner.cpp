// Differential-test runner: reads lines "MACHINE EVENT-INDEX..." on stdin, runs the events
// from the machine's initial configuration through the generated step(), and prints one
// line per step: "disposition code state var...". tests/test_differential.py compares it
// with the reference interpreter (codegen/interp.py).
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>

#include "door_machines.hpp"
#include "machines.hpp"

namespace {

template <class M>
bool run(const std::string& name, std::istringstream& events) {
  if (name != M::name) return false;
  typename M::Config c{};
  std::size_t e = 0;
  while (events >> e) {
    if (e >= M::event_count) {
      std::cout << "bad-event\n";
      return true;
    }
    const auto o = M::step(c, static_cast<typename M::Event>(e));
    std::cout << phasegen::to_string(o.disposition) << ' ' << to_string(o.code) << ' ' << to_string(c.state);
    for (std::size_t i = 0; i < M::var_info.size(); ++i) std::cout << ' ' << M::get_var(c.vars, i);
    std::cout << ' ' << static_cast<unsigned>(o.actions) << '\n';
  }
  return true;
}

template <class... Ms>
bool run_any(const std::string& name, std::istringstream& events) {
  return (run<Ms>(name, events) || ...);
}

}  // namespace

int main() {
  std::string line;
  while (std::getline(std::cin, line)) {
    std::istringstream in(line);
    std::string name;
    in >> name;
    if (!run_any<PHASEGEN_TEST_MACHINES, PHASEGEN_GOLDEN_MACHINES>(name, in)) {
      std::cout << "unknown-machine " << name << '\n';
      return 1;
    }
    std::cout << "end\n";
  }
  return 0;
}
