/* DO NOT EDIT: generated from spec/vox/async.yaml by phasegen (phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2).
   System vox_async, variant compliant; symmetry off. Properties: -DP_no_silent_drop, -DP_data_after_close, -DP_credit_safety, -DP_stale_isolation, -DP_no_overflow, -DP_credit_conserved */

#define g_session_S_Handshaking 0
#define g_session_S_Established 1
#define g_session_S_Disconnected 2
#define g_session_S_Closed 3
#define g_ch_S_Unknown 0
#define g_ch_S_Announced 1
#define g_ch_S_AnnouncedClosed 2
#define g_ch_S_Open 3
#define g_ch_S_Draining 4
#define g_ch_S_ResetSent 5
#define g_ch_S_Closed 6
#define g_ch_S_AnnouncedFailing 7
#define g_ch_S_Failing 8
#define g_ch_S_Failed 9
#define g_peer_S_Open 0
#define g_peer_S_Closed 1
#define g_peer_S_PeerReset 2
#define g_peer_S_Failed 3
#define g_race_S_Unbound 0
#define g_race_S_Bound 1
#define g_race_S_Raced 2

byte gen = 0;
byte budget0 = 3;  /* peer: send */
byte budget1 = 1;  /* session: conduit_break */
byte budget2 = 1;  /* session: resume_ok */
chan q_wire[1] = [5] of { byte, byte };  /* peer -> ch: item, close */
chan q_back[1] = [5] of { byte, byte };  /* ch -> peer: grant, reset */
byte g_session_state[1] = g_session_S_Handshaking;
byte g_session_v_attempts[1] = 0;
byte g_session_gen[1] = 0;
byte g_ch_state[1] = g_ch_S_Unknown;
byte g_ch_v_queued[1] = 0;
byte g_ch_gen[1] = 0;
bit g_ch_seen_data_after_close[1] = 0;
byte g_peer_state[1] = g_peer_S_Open;
byte g_peer_v_window[1] = 2;
byte g_peer_gen[1] = 0;
byte g_race_state[1] = g_race_S_Unbound;
byte g_race_v_early[1] = 0;
byte g_race_gen[1] = 0;


inline renew_ch_peer() {
  gen = gen + 1;
  if :: ((g_ch_state[0] == g_ch_S_Closed || g_ch_state[0] == g_ch_S_Failed || (g_ch_state[0] == g_ch_S_Unknown && g_ch_v_queued[0] == 0)) && (g_peer_state[0] == g_peer_S_Closed || g_peer_state[0] == g_peer_S_PeerReset || g_peer_state[0] == g_peer_S_Failed || (g_peer_state[0] == g_peer_S_Open && g_peer_v_window[0] == 2))) -> 
#ifdef P_no_silent_drop
    assert(g_ch_v_queued[0] == 0);
#endif
   ; g_ch_state[0] = g_ch_S_Unknown; g_ch_v_queued[0] = 0; g_ch_gen[0] = gen; g_ch_seen_data_after_close[0] = 0 :: else -> skip fi;
  if :: ((g_ch_state[0] == g_ch_S_Closed || g_ch_state[0] == g_ch_S_Failed || (g_ch_state[0] == g_ch_S_Unknown && g_ch_v_queued[0] == 0)) && (g_peer_state[0] == g_peer_S_Closed || g_peer_state[0] == g_peer_S_PeerReset || g_peer_state[0] == g_peer_S_Failed || (g_peer_state[0] == g_peer_S_Open && g_peer_v_window[0] == 2))) -> g_peer_state[0] = g_peer_S_Open; g_peer_v_window[0] = 2; g_peer_gen[0] = gen :: else -> skip fi;
  g_session_gen[0] = gen;
  g_race_gen[0] = gen;
}
inline send_wire(j, m, t) {
  if
  :: nfull(q_wire[j]) -> q_wire[j]!m,t
  :: else ->
#ifdef P_no_overflow
    assert(false);
#endif
    skip
  fi
}
inline send_back(j, m, t) {
  if
  :: nfull(q_back[j]) -> q_back[j]!m,t
  :: else ->
#ifdef P_no_overflow
    assert(false);
#endif
    skip
  fi
}
inline d_g_session_handshake_ok(i, tag) {
  pre_s_g_session_handshake_ok = g_session_state[i];
  pre_v_attempts_g_session_handshake_ok = g_session_v_attempts[i];
  em_g_session_handshake_ok = 0;
  if
  :: (tag != 255 && tag < g_session_gen[i]) -> k_g_session_handshake_ok = 4 /* stale */
  :: else ->
    if
    :: (g_session_state[i] == g_session_S_Handshaking && (true)) -> k_g_session_handshake_ok = 0; g_session_state[i] = g_session_S_Established
    :: (g_session_state[i] == g_session_S_Established && (true)) -> k_g_session_handshake_ok = 3
    :: (g_session_state[i] == g_session_S_Disconnected && (true)) -> k_g_session_handshake_ok = 1
    :: (g_session_state[i] == g_session_S_Closed && (true)) -> k_g_session_handshake_ok = 1
    fi
  fi;
  #ifdef P_credit_safety
  assert(k_g_session_handshake_ok != 3);
  #endif
}
inline d_g_ch_announce(i, tag) {
  pre_s_g_ch_announce = g_ch_state[i];
  pre_v_queued_g_ch_announce = g_ch_v_queued[i];
  em_g_ch_announce = 0;
  if
  :: (tag != 255 && tag < g_ch_gen[i]) -> k_g_ch_announce = 4 /* stale */
  :: else ->
    if
    :: (g_ch_state[i] == g_ch_S_Unknown && (true)) -> k_g_ch_announce = 0; g_ch_state[i] = g_ch_S_Announced
    :: (g_ch_state[i] == g_ch_S_Announced && (true)) -> k_g_ch_announce = 3
    :: (g_ch_state[i] == g_ch_S_AnnouncedClosed && (true)) -> k_g_ch_announce = 3
    :: (g_ch_state[i] == g_ch_S_Open && (true)) -> k_g_ch_announce = 3
    :: (g_ch_state[i] == g_ch_S_Draining && (true)) -> k_g_ch_announce = 3
    :: (g_ch_state[i] == g_ch_S_ResetSent && (true)) -> k_g_ch_announce = 3
    :: (g_ch_state[i] == g_ch_S_Closed && (true)) -> k_g_ch_announce = 3
    :: (g_ch_state[i] == g_ch_S_AnnouncedFailing && (true)) -> k_g_ch_announce = 1
    :: (g_ch_state[i] == g_ch_S_Failing && (true)) -> k_g_ch_announce = 1
    :: (g_ch_state[i] == g_ch_S_Failed && (true)) -> k_g_ch_announce = 1
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_ch_v_queued[i] <= pre_v_queued_g_ch_announce);
  assert(g_ch_v_queued[i] == pre_v_queued_g_ch_announce);
  #endif
  #ifdef P_credit_safety
  assert(k_g_ch_announce != 3);
  #endif
}
inline d_g_peer_send(i, tag) {
  pre_s_g_peer_send = g_peer_state[i];
  pre_v_window_g_peer_send = g_peer_v_window[i];
  em_g_peer_send = 0;
  if
  :: (tag != 255 && tag < g_peer_gen[i]) -> k_g_peer_send = 4 /* stale */
  :: else ->
    if
    :: (g_peer_state[i] == g_peer_S_Open && (g_peer_v_window[i] > 0)) -> k_g_peer_send = 0; g_peer_v_window[i] = g_peer_v_window[i] - (1); g_peer_state[i] = g_peer_S_Open; em_g_peer_send = 1; send_wire(0, 0, g_peer_gen[i]); d_g_race_sent(0, 255)
    :: (g_peer_state[i] == g_peer_S_Open && (g_peer_v_window[i] == 0)) -> k_g_peer_send = 2
    :: (g_peer_state[i] == g_peer_S_Closed && (true)) -> k_g_peer_send = 2
    :: (g_peer_state[i] == g_peer_S_PeerReset && (true)) -> k_g_peer_send = 2
    :: (g_peer_state[i] == g_peer_S_Failed && (true)) -> k_g_peer_send = 2
    fi
  fi;
  #ifdef P_credit_safety
  assert(k_g_peer_send != 3);
  #endif
}
inline d_g_ch_item(i, tag) {
  pre_s_g_ch_item = g_ch_state[i];
  pre_v_queued_g_ch_item = g_ch_v_queued[i];
  em_g_ch_item = 0;
  if
  :: (tag != 255 && tag < g_ch_gen[i]) -> k_g_ch_item = 4 /* stale */
  :: else ->
    if
    :: (g_ch_state[i] == g_ch_S_Unknown && (true)) -> k_g_ch_item = 3
    :: (g_ch_state[i] == g_ch_S_Announced && (g_ch_v_queued[i] < 2)) -> k_g_ch_item = 0; g_ch_v_queued[i] = g_ch_v_queued[i] + (1); g_ch_state[i] = g_ch_S_Announced; d_g_race_arrived(0, 255)
    :: (g_ch_state[i] == g_ch_S_Announced && (g_ch_v_queued[i] == 2)) -> k_g_ch_item = 3
    :: (g_ch_state[i] == g_ch_S_AnnouncedClosed && (true)) -> k_g_ch_item = 3
    :: (g_ch_state[i] == g_ch_S_Open && (g_ch_v_queued[i] == 2)) -> k_g_ch_item = 3
    :: (g_ch_state[i] == g_ch_S_Open && (g_ch_v_queued[i] < 2)) -> k_g_ch_item = 0; g_ch_v_queued[i] = g_ch_v_queued[i] + (1); g_ch_state[i] = g_ch_S_Open; d_g_race_arrived(0, 255)
    :: (g_ch_state[i] == g_ch_S_Draining && (true)) -> k_g_ch_item = 3
    :: (g_ch_state[i] == g_ch_S_ResetSent && (true)) -> k_g_ch_item = 1
    :: (g_ch_state[i] == g_ch_S_Closed && (true)) -> k_g_ch_item = 3
    :: (g_ch_state[i] == g_ch_S_AnnouncedFailing && (true)) -> k_g_ch_item = 1
    :: (g_ch_state[i] == g_ch_S_Failing && (true)) -> k_g_ch_item = 1
    :: (g_ch_state[i] == g_ch_S_Failed && (true)) -> k_g_ch_item = 1
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(k_g_ch_item != 0 || g_ch_v_queued[i] == pre_v_queued_g_ch_item + 1);
  #endif
  #ifdef P_data_after_close
  assert(!(g_ch_seen_data_after_close[i] && k_g_ch_item != 3 && k_g_ch_item != 4));
  #endif
  #ifdef P_credit_safety
  assert(k_g_ch_item != 3);
  #endif
}
inline d_g_race_arrived(i, tag) {
  pre_s_g_race_arrived = g_race_state[i];
  pre_v_early_g_race_arrived = g_race_v_early[i];
  em_g_race_arrived = 0;
  if
  :: (tag != 255 && tag < g_race_gen[i]) -> k_g_race_arrived = 4 /* stale */
  :: else ->
    if
    :: (g_race_state[i] == g_race_S_Unbound && (g_race_v_early[i] > 0)) -> k_g_race_arrived = 0; g_race_v_early[i] = g_race_v_early[i] - (1); g_race_state[i] = g_race_S_Unbound
    :: (g_race_state[i] == g_race_S_Unbound && (g_race_v_early[i] == 0)) -> k_g_race_arrived = 1
    :: (g_race_state[i] == g_race_S_Bound && (g_race_v_early[i] > 0)) -> k_g_race_arrived = 0; g_race_v_early[i] = g_race_v_early[i] - (1); g_race_state[i] = g_race_S_Raced
    :: (g_race_state[i] == g_race_S_Bound && (g_race_v_early[i] == 0)) -> k_g_race_arrived = 1
    :: (g_race_state[i] == g_race_S_Raced && (true)) -> k_g_race_arrived = 1
    fi
  fi;
}
inline d_g_race_sent(i, tag) {
  pre_s_g_race_sent = g_race_state[i];
  pre_v_early_g_race_sent = g_race_v_early[i];
  em_g_race_sent = 0;
  if
  :: (tag != 255 && tag < g_race_gen[i]) -> k_g_race_sent = 4 /* stale */
  :: else ->
    if
    :: (g_race_state[i] == g_race_S_Unbound && (g_race_v_early[i] < 3)) -> k_g_race_sent = 0; g_race_v_early[i] = g_race_v_early[i] + (1); g_race_state[i] = g_race_S_Unbound
    :: (g_race_state[i] == g_race_S_Unbound && (g_race_v_early[i] == 3)) -> k_g_race_sent = 1
    :: (g_race_state[i] == g_race_S_Bound && (true)) -> k_g_race_sent = 1
    :: (g_race_state[i] == g_race_S_Raced && (true)) -> k_g_race_sent = 1
    fi
  fi;
}
inline d_g_peer_close(i, tag) {
  pre_s_g_peer_close = g_peer_state[i];
  pre_v_window_g_peer_close = g_peer_v_window[i];
  em_g_peer_close = 0;
  if
  :: (tag != 255 && tag < g_peer_gen[i]) -> k_g_peer_close = 4 /* stale */
  :: else ->
    if
    :: (g_peer_state[i] == g_peer_S_Open && (true)) -> k_g_peer_close = 0; g_peer_state[i] = g_peer_S_Closed; em_g_peer_close = 1; send_wire(0, 1, g_peer_gen[i])
    :: (g_peer_state[i] == g_peer_S_Closed && (true)) -> k_g_peer_close = 1
    :: (g_peer_state[i] == g_peer_S_PeerReset && (true)) -> k_g_peer_close = 1
    :: (g_peer_state[i] == g_peer_S_Failed && (true)) -> k_g_peer_close = 1
    fi
  fi;
  #ifdef P_credit_safety
  assert(k_g_peer_close != 3);
  #endif
}
inline d_g_ch_close(i, tag) {
  pre_s_g_ch_close = g_ch_state[i];
  pre_v_queued_g_ch_close = g_ch_v_queued[i];
  em_g_ch_close = 0;
  if
  :: (tag != 255 && tag < g_ch_gen[i]) -> k_g_ch_close = 4 /* stale */
  :: else ->
    if
    :: (g_ch_state[i] == g_ch_S_Unknown && (true)) -> k_g_ch_close = 3
    :: (g_ch_state[i] == g_ch_S_Announced && (true)) -> k_g_ch_close = 0; g_ch_state[i] = g_ch_S_AnnouncedClosed
    :: (g_ch_state[i] == g_ch_S_AnnouncedClosed && (true)) -> k_g_ch_close = 3
    :: (g_ch_state[i] == g_ch_S_Open && (g_ch_v_queued[i] > 0)) -> k_g_ch_close = 0; g_ch_state[i] = g_ch_S_Draining
    :: (g_ch_state[i] == g_ch_S_Open && (g_ch_v_queued[i] == 0)) -> k_g_ch_close = 0; g_ch_state[i] = g_ch_S_Closed
    :: (g_ch_state[i] == g_ch_S_Draining && (true)) -> k_g_ch_close = 3
    :: (g_ch_state[i] == g_ch_S_ResetSent && (true)) -> k_g_ch_close = 0; g_ch_state[i] = g_ch_S_Closed
    :: (g_ch_state[i] == g_ch_S_Closed && (true)) -> k_g_ch_close = 3
    :: (g_ch_state[i] == g_ch_S_AnnouncedFailing && (true)) -> k_g_ch_close = 1
    :: (g_ch_state[i] == g_ch_S_Failing && (true)) -> k_g_ch_close = 1
    :: (g_ch_state[i] == g_ch_S_Failed && (true)) -> k_g_ch_close = 1
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_ch_v_queued[i] <= pre_v_queued_g_ch_close);
  assert(g_ch_v_queued[i] == pre_v_queued_g_ch_close);
  #endif
  #ifdef P_credit_safety
  assert(k_g_ch_close != 3);
  #endif
  if :: (k_g_ch_close == 0) -> g_ch_seen_data_after_close[i] = 1 :: else -> skip fi;
}
inline d_g_ch_bind(i, tag) {
  pre_s_g_ch_bind = g_ch_state[i];
  pre_v_queued_g_ch_bind = g_ch_v_queued[i];
  em_g_ch_bind = 0;
  if
  :: (tag != 255 && tag < g_ch_gen[i]) -> k_g_ch_bind = 4 /* stale */
  :: else ->
    if
    :: (g_ch_state[i] == g_ch_S_Unknown && (true)) -> k_g_ch_bind = 0; g_ch_state[i] = g_ch_S_Open; d_g_race_bound(0, 255)
    :: (g_ch_state[i] == g_ch_S_Announced && (true)) -> k_g_ch_bind = 0; g_ch_state[i] = g_ch_S_Open; d_g_race_bound(0, 255)
    :: (g_ch_state[i] == g_ch_S_AnnouncedClosed && (g_ch_v_queued[i] > 0)) -> k_g_ch_bind = 0; g_ch_state[i] = g_ch_S_Draining; d_g_race_bound(0, 255)
    :: (g_ch_state[i] == g_ch_S_AnnouncedClosed && (g_ch_v_queued[i] == 0)) -> k_g_ch_bind = 0; g_ch_state[i] = g_ch_S_Closed; d_g_race_bound(0, 255)
    :: (g_ch_state[i] == g_ch_S_Open && (true)) -> k_g_ch_bind = 2
    :: (g_ch_state[i] == g_ch_S_Draining && (true)) -> k_g_ch_bind = 2
    :: (g_ch_state[i] == g_ch_S_ResetSent && (true)) -> k_g_ch_bind = 2
    :: (g_ch_state[i] == g_ch_S_Closed && (true)) -> k_g_ch_bind = 2
    :: (g_ch_state[i] == g_ch_S_AnnouncedFailing && (g_ch_v_queued[i] > 0)) -> k_g_ch_bind = 0; g_ch_state[i] = g_ch_S_Failing; d_g_race_bound(0, 255)
    :: (g_ch_state[i] == g_ch_S_AnnouncedFailing && (g_ch_v_queued[i] == 0)) -> k_g_ch_bind = 0; g_ch_state[i] = g_ch_S_Failed; d_g_race_bound(0, 255)
    :: (g_ch_state[i] == g_ch_S_Failing && (true)) -> k_g_ch_bind = 2
    :: (g_ch_state[i] == g_ch_S_Failed && (true)) -> k_g_ch_bind = 2
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_ch_v_queued[i] <= pre_v_queued_g_ch_bind);
  assert(g_ch_v_queued[i] == pre_v_queued_g_ch_bind);
  #endif
  #ifdef P_credit_safety
  assert(k_g_ch_bind != 3);
  #endif
}
inline d_g_race_bound(i, tag) {
  pre_s_g_race_bound = g_race_state[i];
  pre_v_early_g_race_bound = g_race_v_early[i];
  em_g_race_bound = 0;
  if
  :: (tag != 255 && tag < g_race_gen[i]) -> k_g_race_bound = 4 /* stale */
  :: else ->
    if
    :: (g_race_state[i] == g_race_S_Unbound && (true)) -> k_g_race_bound = 0; g_race_state[i] = g_race_S_Bound
    :: (g_race_state[i] == g_race_S_Bound && (true)) -> k_g_race_bound = 1
    :: (g_race_state[i] == g_race_S_Raced && (true)) -> k_g_race_bound = 1
    fi
  fi;
}
inline d_g_ch_consume(i, tag) {
  pre_s_g_ch_consume = g_ch_state[i];
  pre_v_queued_g_ch_consume = g_ch_v_queued[i];
  em_g_ch_consume = 0;
  if
  :: (tag != 255 && tag < g_ch_gen[i]) -> k_g_ch_consume = 4 /* stale */
  :: else ->
    if
    :: (g_ch_state[i] == g_ch_S_Unknown && (true)) -> k_g_ch_consume = 2
    :: (g_ch_state[i] == g_ch_S_Announced && (true)) -> k_g_ch_consume = 2
    :: (g_ch_state[i] == g_ch_S_AnnouncedClosed && (true)) -> k_g_ch_consume = 2
    :: (g_ch_state[i] == g_ch_S_Open && (g_ch_v_queued[i] > 0)) -> k_g_ch_consume = 0; g_ch_v_queued[i] = g_ch_v_queued[i] - (1); g_ch_state[i] = g_ch_S_Open; em_g_ch_consume = 1; send_back(0, 0, g_ch_gen[i])
    :: (g_ch_state[i] == g_ch_S_Open && (g_ch_v_queued[i] == 0)) -> k_g_ch_consume = 1
    :: (g_ch_state[i] == g_ch_S_Draining && (g_ch_v_queued[i] == 0)) -> k_g_ch_consume = 1
    :: (g_ch_state[i] == g_ch_S_Draining && (g_ch_v_queued[i] > 1)) -> k_g_ch_consume = 0; g_ch_v_queued[i] = g_ch_v_queued[i] - (1); g_ch_state[i] = g_ch_S_Draining
    :: (g_ch_state[i] == g_ch_S_Draining && (g_ch_v_queued[i] == 1)) -> k_g_ch_consume = 0; g_ch_v_queued[i] = 0; g_ch_state[i] = g_ch_S_Closed
    :: (g_ch_state[i] == g_ch_S_ResetSent && (true)) -> k_g_ch_consume = 2
    :: (g_ch_state[i] == g_ch_S_Closed && (true)) -> k_g_ch_consume = 2
    :: (g_ch_state[i] == g_ch_S_AnnouncedFailing && (true)) -> k_g_ch_consume = 2
    :: (g_ch_state[i] == g_ch_S_Failing && (g_ch_v_queued[i] == 0)) -> k_g_ch_consume = 1
    :: (g_ch_state[i] == g_ch_S_Failing && (g_ch_v_queued[i] > 1)) -> k_g_ch_consume = 0; g_ch_v_queued[i] = g_ch_v_queued[i] - (1); g_ch_state[i] = g_ch_S_Failing
    :: (g_ch_state[i] == g_ch_S_Failing && (g_ch_v_queued[i] == 1)) -> k_g_ch_consume = 0; g_ch_v_queued[i] = 0; g_ch_state[i] = g_ch_S_Failed
    :: (g_ch_state[i] == g_ch_S_Failed && (true)) -> k_g_ch_consume = 2
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_ch_v_queued[i] <= pre_v_queued_g_ch_consume);
  assert(g_ch_v_queued[i] == pre_v_queued_g_ch_consume || (k_g_ch_consume == 0 && g_ch_v_queued[i] == pre_v_queued_g_ch_consume - 1));
  #endif
  #ifdef P_credit_safety
  assert(k_g_ch_consume != 3);
  #endif
}
inline d_g_peer_grant(i, tag) {
  pre_s_g_peer_grant = g_peer_state[i];
  pre_v_window_g_peer_grant = g_peer_v_window[i];
  em_g_peer_grant = 0;
  if
  :: (tag != 255 && tag < g_peer_gen[i]) -> k_g_peer_grant = 4 /* stale */
  :: else ->
    if
    :: (g_peer_state[i] == g_peer_S_Open && (g_peer_v_window[i] < 2)) -> k_g_peer_grant = 0; g_peer_v_window[i] = g_peer_v_window[i] + (1); g_peer_state[i] = g_peer_S_Open
    :: (g_peer_state[i] == g_peer_S_Open && (g_peer_v_window[i] == 2)) -> k_g_peer_grant = 3
    :: (g_peer_state[i] == g_peer_S_Closed && (true)) -> k_g_peer_grant = 1
    :: (g_peer_state[i] == g_peer_S_PeerReset && (true)) -> k_g_peer_grant = 1
    :: (g_peer_state[i] == g_peer_S_Failed && (true)) -> k_g_peer_grant = 1
    fi
  fi;
  #ifdef P_credit_safety
  assert(k_g_peer_grant != 3);
  #endif
}
inline d_g_ch_drop_receiver(i, tag) {
  pre_s_g_ch_drop_receiver = g_ch_state[i];
  pre_v_queued_g_ch_drop_receiver = g_ch_v_queued[i];
  em_g_ch_drop_receiver = 0;
  if
  :: (tag != 255 && tag < g_ch_gen[i]) -> k_g_ch_drop_receiver = 4 /* stale */
  :: else ->
    if
    :: (g_ch_state[i] == g_ch_S_Unknown && (true)) -> k_g_ch_drop_receiver = 2
    :: (g_ch_state[i] == g_ch_S_Announced && (true)) -> k_g_ch_drop_receiver = 0; g_ch_v_queued[i] = 0; g_ch_state[i] = g_ch_S_ResetSent; em_g_ch_drop_receiver = 1; send_back(0, 1, g_ch_gen[i])
    :: (g_ch_state[i] == g_ch_S_AnnouncedClosed && (true)) -> k_g_ch_drop_receiver = 0; g_ch_v_queued[i] = 0; g_ch_state[i] = g_ch_S_Closed
    :: (g_ch_state[i] == g_ch_S_Open && (true)) -> k_g_ch_drop_receiver = 0; g_ch_v_queued[i] = 0; g_ch_state[i] = g_ch_S_ResetSent; em_g_ch_drop_receiver = 1; send_back(0, 1, g_ch_gen[i])
    :: (g_ch_state[i] == g_ch_S_Draining && (true)) -> k_g_ch_drop_receiver = 0; g_ch_v_queued[i] = 0; g_ch_state[i] = g_ch_S_Closed
    :: (g_ch_state[i] == g_ch_S_ResetSent && (true)) -> k_g_ch_drop_receiver = 2
    :: (g_ch_state[i] == g_ch_S_Closed && (true)) -> k_g_ch_drop_receiver = 1
    :: (g_ch_state[i] == g_ch_S_AnnouncedFailing && (true)) -> k_g_ch_drop_receiver = 0; g_ch_v_queued[i] = 0; g_ch_state[i] = g_ch_S_Failed
    :: (g_ch_state[i] == g_ch_S_Failing && (true)) -> k_g_ch_drop_receiver = 0; g_ch_v_queued[i] = 0; g_ch_state[i] = g_ch_S_Failed
    :: (g_ch_state[i] == g_ch_S_Failed && (true)) -> k_g_ch_drop_receiver = 1
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_ch_v_queued[i] <= pre_v_queued_g_ch_drop_receiver);
  #endif
  #ifdef P_credit_safety
  assert(k_g_ch_drop_receiver != 3);
  #endif
}
inline d_g_peer_reset(i, tag) {
  pre_s_g_peer_reset = g_peer_state[i];
  pre_v_window_g_peer_reset = g_peer_v_window[i];
  em_g_peer_reset = 0;
  if
  :: (tag != 255 && tag < g_peer_gen[i]) -> k_g_peer_reset = 4 /* stale */
  :: else ->
    if
    :: (g_peer_state[i] == g_peer_S_Open && (true)) -> k_g_peer_reset = 0; g_peer_state[i] = g_peer_S_PeerReset
    :: (g_peer_state[i] == g_peer_S_Closed && (true)) -> k_g_peer_reset = 1
    :: (g_peer_state[i] == g_peer_S_PeerReset && (true)) -> k_g_peer_reset = 3
    :: (g_peer_state[i] == g_peer_S_Failed && (true)) -> k_g_peer_reset = 1
    fi
  fi;
  #ifdef P_credit_safety
  assert(k_g_peer_reset != 3);
  #endif
}
inline d_g_session_conduit_break(i, tag) {
  pre_s_g_session_conduit_break = g_session_state[i];
  pre_v_attempts_g_session_conduit_break = g_session_v_attempts[i];
  em_g_session_conduit_break = 0;
  if
  :: (tag != 255 && tag < g_session_gen[i]) -> k_g_session_conduit_break = 4 /* stale */
  :: else ->
    if
    :: (g_session_state[i] == g_session_S_Handshaking && (true)) -> k_g_session_conduit_break = 0; g_session_state[i] = g_session_S_Closed; em_g_session_conduit_break = 1; d_g_ch_disconnect(0, 255); d_g_peer_disconnect(0, 255)
    :: (g_session_state[i] == g_session_S_Established && (true)) -> k_g_session_conduit_break = 0; g_session_v_attempts[i] = 0; g_session_state[i] = g_session_S_Disconnected; em_g_session_conduit_break = 1; d_g_ch_disconnect(0, 255); d_g_peer_disconnect(0, 255)
    :: (g_session_state[i] == g_session_S_Disconnected && (true)) -> k_g_session_conduit_break = 1
    :: (g_session_state[i] == g_session_S_Closed && (true)) -> k_g_session_conduit_break = 1
    fi
  fi;
  #ifdef P_credit_safety
  assert(k_g_session_conduit_break != 3);
  #endif
}
inline d_g_ch_disconnect(i, tag) {
  pre_s_g_ch_disconnect = g_ch_state[i];
  pre_v_queued_g_ch_disconnect = g_ch_v_queued[i];
  em_g_ch_disconnect = 0;
  if
  :: (tag != 255 && tag < g_ch_gen[i]) -> k_g_ch_disconnect = 4 /* stale */
  :: else ->
    if
    :: (g_ch_state[i] == g_ch_S_Unknown && (true)) -> k_g_ch_disconnect = 1
    :: (g_ch_state[i] == g_ch_S_Announced && (g_ch_v_queued[i] > 0)) -> k_g_ch_disconnect = 0; g_ch_state[i] = g_ch_S_AnnouncedFailing
    :: (g_ch_state[i] == g_ch_S_Announced && (g_ch_v_queued[i] == 0)) -> k_g_ch_disconnect = 0; g_ch_state[i] = g_ch_S_Failed
    :: (g_ch_state[i] == g_ch_S_AnnouncedClosed && (true)) -> k_g_ch_disconnect = 1
    :: (g_ch_state[i] == g_ch_S_Open && (g_ch_v_queued[i] > 0)) -> k_g_ch_disconnect = 0; g_ch_state[i] = g_ch_S_Failing
    :: (g_ch_state[i] == g_ch_S_Open && (g_ch_v_queued[i] == 0)) -> k_g_ch_disconnect = 0; g_ch_state[i] = g_ch_S_Failed
    :: (g_ch_state[i] == g_ch_S_Draining && (true)) -> k_g_ch_disconnect = 1
    :: (g_ch_state[i] == g_ch_S_ResetSent && (g_ch_v_queued[i] == 0)) -> k_g_ch_disconnect = 0; g_ch_state[i] = g_ch_S_Failed
    :: (g_ch_state[i] == g_ch_S_ResetSent && (g_ch_v_queued[i] > 0)) -> k_g_ch_disconnect = 0; g_ch_v_queued[i] = 0; g_ch_state[i] = g_ch_S_Failed
    :: (g_ch_state[i] == g_ch_S_Closed && (true)) -> k_g_ch_disconnect = 1
    :: (g_ch_state[i] == g_ch_S_AnnouncedFailing && (true)) -> k_g_ch_disconnect = 1
    :: (g_ch_state[i] == g_ch_S_Failing && (true)) -> k_g_ch_disconnect = 1
    :: (g_ch_state[i] == g_ch_S_Failed && (true)) -> k_g_ch_disconnect = 1
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_ch_v_queued[i] <= pre_v_queued_g_ch_disconnect);
  assert(g_ch_v_queued[i] == pre_v_queued_g_ch_disconnect);
  #endif
  #ifdef P_credit_safety
  assert(k_g_ch_disconnect != 3);
  #endif
}
inline d_g_peer_disconnect(i, tag) {
  pre_s_g_peer_disconnect = g_peer_state[i];
  pre_v_window_g_peer_disconnect = g_peer_v_window[i];
  em_g_peer_disconnect = 0;
  if
  :: (tag != 255 && tag < g_peer_gen[i]) -> k_g_peer_disconnect = 4 /* stale */
  :: else ->
    if
    :: (g_peer_state[i] == g_peer_S_Open && (true)) -> k_g_peer_disconnect = 0; g_peer_state[i] = g_peer_S_Failed
    :: (g_peer_state[i] == g_peer_S_Closed && (true)) -> k_g_peer_disconnect = 1
    :: (g_peer_state[i] == g_peer_S_PeerReset && (true)) -> k_g_peer_disconnect = 1
    :: (g_peer_state[i] == g_peer_S_Failed && (true)) -> k_g_peer_disconnect = 1
    fi
  fi;
  #ifdef P_credit_safety
  assert(k_g_peer_disconnect != 3);
  #endif
}
inline d_g_session_resume_ok(i, tag) {
  pre_s_g_session_resume_ok = g_session_state[i];
  pre_v_attempts_g_session_resume_ok = g_session_v_attempts[i];
  em_g_session_resume_ok = 0;
  if
  :: (tag != 255 && tag < g_session_gen[i]) -> k_g_session_resume_ok = 4 /* stale */
  :: else ->
    if
    :: (g_session_state[i] == g_session_S_Handshaking && (true)) -> k_g_session_resume_ok = 2
    :: (g_session_state[i] == g_session_S_Established && (true)) -> k_g_session_resume_ok = 2
    :: (g_session_state[i] == g_session_S_Disconnected && (true)) -> k_g_session_resume_ok = 0; g_session_v_attempts[i] = 0; g_session_state[i] = g_session_S_Established; em_g_session_resume_ok = 1; renew_ch_peer()
    :: (g_session_state[i] == g_session_S_Closed && (true)) -> k_g_session_resume_ok = 2
    fi
  fi;
  #ifdef P_credit_safety
  assert(k_g_session_resume_ok != 3);
  #endif
}
inline d_g_session_shutdown(i, tag) {
  pre_s_g_session_shutdown = g_session_state[i];
  pre_v_attempts_g_session_shutdown = g_session_v_attempts[i];
  em_g_session_shutdown = 0;
  if
  :: (tag != 255 && tag < g_session_gen[i]) -> k_g_session_shutdown = 4 /* stale */
  :: else ->
    if
    :: (g_session_state[i] == g_session_S_Handshaking && (true)) -> k_g_session_shutdown = 0; g_session_state[i] = g_session_S_Closed; em_g_session_shutdown = 1; d_g_ch_disconnect(0, 255); d_g_peer_disconnect(0, 255)
    :: (g_session_state[i] == g_session_S_Established && (true)) -> k_g_session_shutdown = 0; g_session_state[i] = g_session_S_Closed; em_g_session_shutdown = 1; d_g_ch_disconnect(0, 255); d_g_peer_disconnect(0, 255)
    :: (g_session_state[i] == g_session_S_Disconnected && (true)) -> k_g_session_shutdown = 0; g_session_state[i] = g_session_S_Closed; em_g_session_shutdown = 1; d_g_ch_disconnect(0, 255); d_g_peer_disconnect(0, 255)
    :: (g_session_state[i] == g_session_S_Closed && (true)) -> k_g_session_shutdown = 1
    fi
  fi;
  #ifdef P_credit_safety
  assert(k_g_session_shutdown != 3);
  #endif
}
inline recv_wire(j) {
  if
  :: m_wire == 0 -> d_g_ch_item(j, t_wire)
  :: m_wire == 1 -> d_g_ch_close(j, t_wire)
  fi
}
inline recv_back(j) {
  if
  :: m_back == 0 -> d_g_peer_grant(j, t_back)
  :: m_back == 1 -> d_g_peer_reset(j, t_back)
  fi
}
byte pre_s_g_session_handshake_ok, em_g_session_handshake_ok, k_g_session_handshake_ok, pre_v_attempts_g_session_handshake_ok, pre_s_g_ch_announce, em_g_ch_announce, k_g_ch_announce, pre_v_queued_g_ch_announce, pre_s_g_peer_send, em_g_peer_send, k_g_peer_send, pre_v_window_g_peer_send, pre_s_g_ch_item, em_g_ch_item, k_g_ch_item, pre_v_queued_g_ch_item, pre_s_g_race_arrived, em_g_race_arrived, k_g_race_arrived, pre_v_early_g_race_arrived, pre_s_g_race_sent, em_g_race_sent, k_g_race_sent, pre_v_early_g_race_sent, pre_s_g_peer_close, em_g_peer_close, k_g_peer_close, pre_v_window_g_peer_close, pre_s_g_ch_close, em_g_ch_close, k_g_ch_close, pre_v_queued_g_ch_close, pre_s_g_ch_bind, em_g_ch_bind, k_g_ch_bind, pre_v_queued_g_ch_bind, pre_s_g_race_bound, em_g_race_bound, k_g_race_bound, pre_v_early_g_race_bound, pre_s_g_ch_consume, em_g_ch_consume, k_g_ch_consume, pre_v_queued_g_ch_consume, pre_s_g_peer_grant, em_g_peer_grant, k_g_peer_grant, pre_v_window_g_peer_grant, pre_s_g_ch_drop_receiver, em_g_ch_drop_receiver, k_g_ch_drop_receiver, pre_v_queued_g_ch_drop_receiver, pre_s_g_peer_reset, em_g_peer_reset, k_g_peer_reset, pre_v_window_g_peer_reset, pre_s_g_session_conduit_break, em_g_session_conduit_break, k_g_session_conduit_break, pre_v_attempts_g_session_conduit_break, pre_s_g_ch_disconnect, em_g_ch_disconnect, k_g_ch_disconnect, pre_v_queued_g_ch_disconnect, pre_s_g_peer_disconnect, em_g_peer_disconnect, k_g_peer_disconnect, pre_v_window_g_peer_disconnect, pre_s_g_session_resume_ok, em_g_session_resume_ok, k_g_session_resume_ok, pre_v_attempts_g_session_resume_ok, pre_s_g_session_shutdown, em_g_session_shutdown, k_g_session_shutdown, pre_v_attempts_g_session_shutdown, m_wire, t_wire, m2_wire, t2_wire, m3_wire, t3_wire, n_wire, m_back, t_back, m2_back, t2_back, m3_back, t3_back, n_back, k_turn, cnt_back_grant_0, cnt_wire_item_0;
inline clear_scratch() {
  pre_s_g_session_handshake_ok = 0;
  em_g_session_handshake_ok = 0;
  k_g_session_handshake_ok = 0;
  pre_v_attempts_g_session_handshake_ok = 0;
  pre_s_g_ch_announce = 0;
  em_g_ch_announce = 0;
  k_g_ch_announce = 0;
  pre_v_queued_g_ch_announce = 0;
  pre_s_g_peer_send = 0;
  em_g_peer_send = 0;
  k_g_peer_send = 0;
  pre_v_window_g_peer_send = 0;
  pre_s_g_ch_item = 0;
  em_g_ch_item = 0;
  k_g_ch_item = 0;
  pre_v_queued_g_ch_item = 0;
  pre_s_g_race_arrived = 0;
  em_g_race_arrived = 0;
  k_g_race_arrived = 0;
  pre_v_early_g_race_arrived = 0;
  pre_s_g_race_sent = 0;
  em_g_race_sent = 0;
  k_g_race_sent = 0;
  pre_v_early_g_race_sent = 0;
  pre_s_g_peer_close = 0;
  em_g_peer_close = 0;
  k_g_peer_close = 0;
  pre_v_window_g_peer_close = 0;
  pre_s_g_ch_close = 0;
  em_g_ch_close = 0;
  k_g_ch_close = 0;
  pre_v_queued_g_ch_close = 0;
  pre_s_g_ch_bind = 0;
  em_g_ch_bind = 0;
  k_g_ch_bind = 0;
  pre_v_queued_g_ch_bind = 0;
  pre_s_g_race_bound = 0;
  em_g_race_bound = 0;
  k_g_race_bound = 0;
  pre_v_early_g_race_bound = 0;
  pre_s_g_ch_consume = 0;
  em_g_ch_consume = 0;
  k_g_ch_consume = 0;
  pre_v_queued_g_ch_consume = 0;
  pre_s_g_peer_grant = 0;
  em_g_peer_grant = 0;
  k_g_peer_grant = 0;
  pre_v_window_g_peer_grant = 0;
  pre_s_g_ch_drop_receiver = 0;
  em_g_ch_drop_receiver = 0;
  k_g_ch_drop_receiver = 0;
  pre_v_queued_g_ch_drop_receiver = 0;
  pre_s_g_peer_reset = 0;
  em_g_peer_reset = 0;
  k_g_peer_reset = 0;
  pre_v_window_g_peer_reset = 0;
  pre_s_g_session_conduit_break = 0;
  em_g_session_conduit_break = 0;
  k_g_session_conduit_break = 0;
  pre_v_attempts_g_session_conduit_break = 0;
  pre_s_g_ch_disconnect = 0;
  em_g_ch_disconnect = 0;
  k_g_ch_disconnect = 0;
  pre_v_queued_g_ch_disconnect = 0;
  pre_s_g_peer_disconnect = 0;
  em_g_peer_disconnect = 0;
  k_g_peer_disconnect = 0;
  pre_v_window_g_peer_disconnect = 0;
  pre_s_g_session_resume_ok = 0;
  em_g_session_resume_ok = 0;
  k_g_session_resume_ok = 0;
  pre_v_attempts_g_session_resume_ok = 0;
  pre_s_g_session_shutdown = 0;
  em_g_session_shutdown = 0;
  k_g_session_shutdown = 0;
  pre_v_attempts_g_session_shutdown = 0;
  m_wire = 0;
  t_wire = 0;
  m2_wire = 0;
  t2_wire = 0;
  m3_wire = 0;
  t3_wire = 0;
  n_wire = 0;
  m_back = 0;
  t_back = 0;
  m2_back = 0;
  t2_back = 0;
  m3_back = 0;
  t3_back = 0;
  n_back = 0;
  k_turn = 0;
  cnt_back_grant_0 = 0;
  cnt_wire_item_0 = 0;
}
inline invariants() {
  skip;
#ifdef P_credit_conserved
  cnt_wire_item_0 = 0; k_turn = len(q_wire[0]); do :: k_turn > 0 -> q_wire[0]?m_wire,t_wire; if :: m_wire >= 0 && m_wire <= 0 && t_wire >= g_ch_gen[0] -> cnt_wire_item_0++ :: else -> skip fi; q_wire[0]!m_wire,t_wire; k_turn-- :: else -> break od;
  cnt_back_grant_0 = 0; k_turn = len(q_back[0]); do :: k_turn > 0 -> q_back[0]?m_back,t_back; if :: m_back >= 0 && m_back <= 0 && t_back >= g_peer_gen[0] -> cnt_back_grant_0++ :: else -> skip fi; q_back[0]!m_back,t_back; k_turn-- :: else -> break od;
  assert(!(true) || (g_peer_v_window[0] + cnt_wire_item_0 + g_ch_v_queued[0] + cnt_back_grant_0 <= 2));
#endif
}

active proctype env() {
  do
  :: d_step { (g_session_state[0] == g_session_S_Handshaking) && g_session_gen[0] == gen -> d_g_session_handshake_ok(0, gen); invariants(); clear_scratch() }
  :: d_step { (g_ch_state[0] == g_ch_S_Unknown) && (g_session_state[0] == g_session_S_Established) && g_ch_gen[0] == gen -> d_g_ch_announce(0, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_ch_state[0] == g_ch_S_Announced || g_ch_state[0] == g_ch_S_Open || g_ch_state[0] == g_ch_S_ResetSent) && (g_session_state[0] == g_session_S_Established) -> budget0--; d_g_peer_send(0, 255); invariants(); clear_scratch() }
  :: d_step { (g_ch_state[0] == g_ch_S_Announced || g_ch_state[0] == g_ch_S_Open || g_ch_state[0] == g_ch_S_ResetSent) && (g_session_state[0] == g_session_S_Established) -> d_g_peer_close(0, 255); invariants(); clear_scratch() }
  :: d_step { (g_session_state[0] == g_session_S_Established) -> d_g_ch_bind(0, 255); invariants(); clear_scratch() }
  :: d_step { true -> d_g_ch_consume(0, 255); invariants(); clear_scratch() }
  :: d_step { true -> d_g_ch_drop_receiver(0, 255); invariants(); clear_scratch() }
  :: d_step { budget1 > 0 && g_session_gen[0] == gen -> budget1--; d_g_session_conduit_break(0, gen); invariants(); clear_scratch() }
  :: d_step { budget2 > 0 && g_session_gen[0] == gen -> budget2--; d_g_session_resume_ok(0, gen); invariants(); clear_scratch() }
  :: d_step { true -> d_g_session_shutdown(0, 255); invariants(); clear_scratch() }
  :: d_step { nempty(q_wire[0]) -> q_wire[0]?m_wire,t_wire; recv_wire(0); invariants(); clear_scratch() }
  :: d_step { nempty(q_back[0]) -> q_back[0]?m_back,t_back; recv_back(0); invariants(); clear_scratch() }
  od
}
