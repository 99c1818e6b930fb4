/* DO NOT EDIT: generated from spec/vox/system.yaml by phasegen (phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2).
   System vox_channels, variant hostile; symmetry off. Properties: -DP_no_silent_drop, -DP_data_after_close, -DP_no_delivery_after_terminal, -DP_stale_isolation */

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

byte gen = 0;
byte budget0 = 3;  /* ch: announce, item, close, reset, grant */
byte budget1 = 1;  /* session: conduit_break */
byte budget2 = 1;  /* session: resume_ok */
byte budget3 = 1;  /* ch: item, close */
byte g_session_state[1] = g_session_S_Handshaking;
byte g_session_v_attempts[1] = 0;
byte g_session_gen[1] = 0;
byte g_ch_state[2] = g_ch_S_Unknown;
byte g_ch_v_queued[2] = 0;
byte g_ch_gen[2] = 0;
bit g_ch_seen_data_after_close[2] = 0;
byte g_peer_state[2] = g_peer_S_Open;
byte g_peer_v_window[2] = 2;
byte g_peer_gen[2] = 0;


inline renew_ch_peer() {
  gen = gen + 1;
  if :: ((g_ch_state[0] == g_ch_S_Closed || g_ch_state[0] == g_ch_S_Failed || (g_ch_state[0] == g_ch_S_Unknown && g_ch_v_queued[0] == 0)) && (g_peer_state[0] == g_peer_S_Closed || g_peer_state[0] == g_peer_S_PeerReset || g_peer_state[0] == g_peer_S_Failed || (g_peer_state[0] == g_peer_S_Open && g_peer_v_window[0] == 2))) -> 
#ifdef P_no_silent_drop
    assert(g_ch_v_queued[0] == 0);
#endif
   ; g_ch_state[0] = g_ch_S_Unknown; g_ch_v_queued[0] = 0; g_ch_gen[0] = gen; g_ch_seen_data_after_close[0] = 0 :: else -> skip fi;
  if :: ((g_ch_state[1] == g_ch_S_Closed || g_ch_state[1] == g_ch_S_Failed || (g_ch_state[1] == g_ch_S_Unknown && g_ch_v_queued[1] == 0)) && (g_peer_state[1] == g_peer_S_Closed || g_peer_state[1] == g_peer_S_PeerReset || g_peer_state[1] == g_peer_S_Failed || (g_peer_state[1] == g_peer_S_Open && g_peer_v_window[1] == 2))) -> 
#ifdef P_no_silent_drop
    assert(g_ch_v_queued[1] == 0);
#endif
   ; g_ch_state[1] = g_ch_S_Unknown; g_ch_v_queued[1] = 0; g_ch_gen[1] = gen; g_ch_seen_data_after_close[1] = 0 :: else -> skip fi;
  if :: ((g_ch_state[0] == g_ch_S_Closed || g_ch_state[0] == g_ch_S_Failed || (g_ch_state[0] == g_ch_S_Unknown && g_ch_v_queued[0] == 0)) && (g_peer_state[0] == g_peer_S_Closed || g_peer_state[0] == g_peer_S_PeerReset || g_peer_state[0] == g_peer_S_Failed || (g_peer_state[0] == g_peer_S_Open && g_peer_v_window[0] == 2))) -> g_peer_state[0] = g_peer_S_Open; g_peer_v_window[0] = 2; g_peer_gen[0] = gen :: else -> skip fi;
  if :: ((g_ch_state[1] == g_ch_S_Closed || g_ch_state[1] == g_ch_S_Failed || (g_ch_state[1] == g_ch_S_Unknown && g_ch_v_queued[1] == 0)) && (g_peer_state[1] == g_peer_S_Closed || g_peer_state[1] == g_peer_S_PeerReset || g_peer_state[1] == g_peer_S_Failed || (g_peer_state[1] == g_peer_S_Open && g_peer_v_window[1] == 2))) -> g_peer_state[1] = g_peer_S_Open; g_peer_v_window[1] = 2; g_peer_gen[1] = gen :: else -> skip fi;
  g_session_gen[0] = gen;
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
    :: (g_ch_state[i] == g_ch_S_Announced && (g_ch_v_queued[i] < 2)) -> k_g_ch_item = 0; g_ch_v_queued[i] = g_ch_v_queued[i] + (1); g_ch_state[i] = g_ch_S_Announced
    :: (g_ch_state[i] == g_ch_S_Announced && (g_ch_v_queued[i] == 2)) -> k_g_ch_item = 3
    :: (g_ch_state[i] == g_ch_S_AnnouncedClosed && (true)) -> k_g_ch_item = 3
    :: (g_ch_state[i] == g_ch_S_Open && (g_ch_v_queued[i] == 2)) -> k_g_ch_item = 3
    :: (g_ch_state[i] == g_ch_S_Open && (g_ch_v_queued[i] < 2)) -> k_g_ch_item = 0; g_ch_v_queued[i] = g_ch_v_queued[i] + (1); g_ch_state[i] = g_ch_S_Open
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
  if :: (k_g_ch_close == 0) -> g_ch_seen_data_after_close[i] = 1 :: else -> skip fi;
}
inline d_g_ch_reset(i, tag) {
  pre_s_g_ch_reset = g_ch_state[i];
  pre_v_queued_g_ch_reset = g_ch_v_queued[i];
  em_g_ch_reset = 0;
  if
  :: (tag != 255 && tag < g_ch_gen[i]) -> k_g_ch_reset = 4 /* stale */
  :: else ->
    if
    :: (g_ch_state[i] == g_ch_S_Unknown && (true)) -> k_g_ch_reset = 3
    :: (g_ch_state[i] == g_ch_S_Announced && (true)) -> k_g_ch_reset = 3
    :: (g_ch_state[i] == g_ch_S_AnnouncedClosed && (true)) -> k_g_ch_reset = 3
    :: (g_ch_state[i] == g_ch_S_Open && (true)) -> k_g_ch_reset = 3
    :: (g_ch_state[i] == g_ch_S_Draining && (true)) -> k_g_ch_reset = 3
    :: (g_ch_state[i] == g_ch_S_ResetSent && (true)) -> k_g_ch_reset = 3
    :: (g_ch_state[i] == g_ch_S_Closed && (true)) -> k_g_ch_reset = 3
    :: (g_ch_state[i] == g_ch_S_AnnouncedFailing && (true)) -> k_g_ch_reset = 3
    :: (g_ch_state[i] == g_ch_S_Failing && (true)) -> k_g_ch_reset = 3
    :: (g_ch_state[i] == g_ch_S_Failed && (true)) -> k_g_ch_reset = 3
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_ch_v_queued[i] <= pre_v_queued_g_ch_reset);
  assert(g_ch_v_queued[i] == pre_v_queued_g_ch_reset);
  #endif
}
inline d_g_ch_grant(i, tag) {
  pre_s_g_ch_grant = g_ch_state[i];
  pre_v_queued_g_ch_grant = g_ch_v_queued[i];
  em_g_ch_grant = 0;
  if
  :: (tag != 255 && tag < g_ch_gen[i]) -> k_g_ch_grant = 4 /* stale */
  :: else ->
    if
    :: (g_ch_state[i] == g_ch_S_Unknown && (true)) -> k_g_ch_grant = 3
    :: (g_ch_state[i] == g_ch_S_Announced && (true)) -> k_g_ch_grant = 3
    :: (g_ch_state[i] == g_ch_S_AnnouncedClosed && (true)) -> k_g_ch_grant = 3
    :: (g_ch_state[i] == g_ch_S_Open && (true)) -> k_g_ch_grant = 3
    :: (g_ch_state[i] == g_ch_S_Draining && (true)) -> k_g_ch_grant = 3
    :: (g_ch_state[i] == g_ch_S_ResetSent && (true)) -> k_g_ch_grant = 3
    :: (g_ch_state[i] == g_ch_S_Closed && (true)) -> k_g_ch_grant = 3
    :: (g_ch_state[i] == g_ch_S_AnnouncedFailing && (true)) -> k_g_ch_grant = 3
    :: (g_ch_state[i] == g_ch_S_Failing && (true)) -> k_g_ch_grant = 3
    :: (g_ch_state[i] == g_ch_S_Failed && (true)) -> k_g_ch_grant = 3
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_ch_v_queued[i] <= pre_v_queued_g_ch_grant);
  assert(g_ch_v_queued[i] == pre_v_queued_g_ch_grant);
  #endif
}
inline d_g_ch_bind(i, tag) {
  pre_s_g_ch_bind = g_ch_state[i];
  pre_v_queued_g_ch_bind = g_ch_v_queued[i];
  em_g_ch_bind = 0;
  if
  :: (tag != 255 && tag < g_ch_gen[i]) -> k_g_ch_bind = 4 /* stale */
  :: else ->
    if
    :: (g_ch_state[i] == g_ch_S_Unknown && (true)) -> k_g_ch_bind = 0; g_ch_state[i] = g_ch_S_Open
    :: (g_ch_state[i] == g_ch_S_Announced && (true)) -> k_g_ch_bind = 0; g_ch_state[i] = g_ch_S_Open
    :: (g_ch_state[i] == g_ch_S_AnnouncedClosed && (g_ch_v_queued[i] > 0)) -> k_g_ch_bind = 0; g_ch_state[i] = g_ch_S_Draining
    :: (g_ch_state[i] == g_ch_S_AnnouncedClosed && (g_ch_v_queued[i] == 0)) -> k_g_ch_bind = 0; g_ch_state[i] = g_ch_S_Closed
    :: (g_ch_state[i] == g_ch_S_Open && (true)) -> k_g_ch_bind = 2
    :: (g_ch_state[i] == g_ch_S_Draining && (true)) -> k_g_ch_bind = 2
    :: (g_ch_state[i] == g_ch_S_ResetSent && (true)) -> k_g_ch_bind = 2
    :: (g_ch_state[i] == g_ch_S_Closed && (true)) -> k_g_ch_bind = 2
    :: (g_ch_state[i] == g_ch_S_AnnouncedFailing && (g_ch_v_queued[i] > 0)) -> k_g_ch_bind = 0; g_ch_state[i] = g_ch_S_Failing
    :: (g_ch_state[i] == g_ch_S_AnnouncedFailing && (g_ch_v_queued[i] == 0)) -> k_g_ch_bind = 0; g_ch_state[i] = g_ch_S_Failed
    :: (g_ch_state[i] == g_ch_S_Failing && (true)) -> k_g_ch_bind = 2
    :: (g_ch_state[i] == g_ch_S_Failed && (true)) -> k_g_ch_bind = 2
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_ch_v_queued[i] <= pre_v_queued_g_ch_bind);
  assert(g_ch_v_queued[i] == pre_v_queued_g_ch_bind);
  #endif
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
    :: (g_ch_state[i] == g_ch_S_Open && (g_ch_v_queued[i] > 0)) -> k_g_ch_consume = 0; g_ch_v_queued[i] = g_ch_v_queued[i] - (1); g_ch_state[i] = g_ch_S_Open; em_g_ch_consume = 1; d_g_peer_grant(i, 255)
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
  #ifdef P_no_delivery_after_terminal
  assert(!((pre_s_g_ch_consume == g_ch_S_Closed || pre_s_g_ch_consume == g_ch_S_Failed) && k_g_ch_consume == 0));
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
    :: (g_ch_state[i] == g_ch_S_Announced && (true)) -> k_g_ch_drop_receiver = 0; g_ch_v_queued[i] = 0; g_ch_state[i] = g_ch_S_ResetSent; em_g_ch_drop_receiver = 1; d_g_peer_reset(i, 255)
    :: (g_ch_state[i] == g_ch_S_AnnouncedClosed && (true)) -> k_g_ch_drop_receiver = 0; g_ch_v_queued[i] = 0; g_ch_state[i] = g_ch_S_Closed
    :: (g_ch_state[i] == g_ch_S_Open && (true)) -> k_g_ch_drop_receiver = 0; g_ch_v_queued[i] = 0; g_ch_state[i] = g_ch_S_ResetSent; em_g_ch_drop_receiver = 1; d_g_peer_reset(i, 255)
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
}
inline d_g_session_conduit_break(i, tag) {
  pre_s_g_session_conduit_break = g_session_state[i];
  pre_v_attempts_g_session_conduit_break = g_session_v_attempts[i];
  em_g_session_conduit_break = 0;
  if
  :: (tag != 255 && tag < g_session_gen[i]) -> k_g_session_conduit_break = 4 /* stale */
  :: else ->
    if
    :: (g_session_state[i] == g_session_S_Handshaking && (true)) -> k_g_session_conduit_break = 0; g_session_state[i] = g_session_S_Closed; em_g_session_conduit_break = 1; d_g_ch_disconnect(0, 255); d_g_ch_disconnect(1, 255); d_g_peer_disconnect(0, 255); d_g_peer_disconnect(1, 255)
    :: (g_session_state[i] == g_session_S_Established && (true)) -> k_g_session_conduit_break = 0; g_session_v_attempts[i] = 0; g_session_state[i] = g_session_S_Disconnected; em_g_session_conduit_break = 1; d_g_ch_disconnect(0, 255); d_g_ch_disconnect(1, 255); d_g_peer_disconnect(0, 255); d_g_peer_disconnect(1, 255)
    :: (g_session_state[i] == g_session_S_Disconnected && (true)) -> k_g_session_conduit_break = 1
    :: (g_session_state[i] == g_session_S_Closed && (true)) -> k_g_session_conduit_break = 1
    fi
  fi;
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
}
inline d_g_session_shutdown(i, tag) {
  pre_s_g_session_shutdown = g_session_state[i];
  pre_v_attempts_g_session_shutdown = g_session_v_attempts[i];
  em_g_session_shutdown = 0;
  if
  :: (tag != 255 && tag < g_session_gen[i]) -> k_g_session_shutdown = 4 /* stale */
  :: else ->
    if
    :: (g_session_state[i] == g_session_S_Handshaking && (true)) -> k_g_session_shutdown = 0; g_session_state[i] = g_session_S_Closed; em_g_session_shutdown = 1; d_g_ch_disconnect(0, 255); d_g_ch_disconnect(1, 255); d_g_peer_disconnect(0, 255); d_g_peer_disconnect(1, 255)
    :: (g_session_state[i] == g_session_S_Established && (true)) -> k_g_session_shutdown = 0; g_session_state[i] = g_session_S_Closed; em_g_session_shutdown = 1; d_g_ch_disconnect(0, 255); d_g_ch_disconnect(1, 255); d_g_peer_disconnect(0, 255); d_g_peer_disconnect(1, 255)
    :: (g_session_state[i] == g_session_S_Disconnected && (true)) -> k_g_session_shutdown = 0; g_session_state[i] = g_session_S_Closed; em_g_session_shutdown = 1; d_g_ch_disconnect(0, 255); d_g_ch_disconnect(1, 255); d_g_peer_disconnect(0, 255); d_g_peer_disconnect(1, 255)
    :: (g_session_state[i] == g_session_S_Closed && (true)) -> k_g_session_shutdown = 1
    fi
  fi;
}
byte pre_s_g_session_handshake_ok, em_g_session_handshake_ok, k_g_session_handshake_ok, pre_v_attempts_g_session_handshake_ok, pre_s_g_ch_announce, em_g_ch_announce, k_g_ch_announce, pre_v_queued_g_ch_announce, pre_s_g_ch_item, em_g_ch_item, k_g_ch_item, pre_v_queued_g_ch_item, pre_s_g_ch_close, em_g_ch_close, k_g_ch_close, pre_v_queued_g_ch_close, pre_s_g_ch_reset, em_g_ch_reset, k_g_ch_reset, pre_v_queued_g_ch_reset, pre_s_g_ch_grant, em_g_ch_grant, k_g_ch_grant, pre_v_queued_g_ch_grant, pre_s_g_ch_bind, em_g_ch_bind, k_g_ch_bind, pre_v_queued_g_ch_bind, pre_s_g_ch_consume, em_g_ch_consume, k_g_ch_consume, pre_v_queued_g_ch_consume, pre_s_g_peer_grant, em_g_peer_grant, k_g_peer_grant, pre_v_window_g_peer_grant, pre_s_g_ch_drop_receiver, em_g_ch_drop_receiver, k_g_ch_drop_receiver, pre_v_queued_g_ch_drop_receiver, pre_s_g_peer_reset, em_g_peer_reset, k_g_peer_reset, pre_v_window_g_peer_reset, pre_s_g_session_conduit_break, em_g_session_conduit_break, k_g_session_conduit_break, pre_v_attempts_g_session_conduit_break, pre_s_g_ch_disconnect, em_g_ch_disconnect, k_g_ch_disconnect, pre_v_queued_g_ch_disconnect, pre_s_g_peer_disconnect, em_g_peer_disconnect, k_g_peer_disconnect, pre_v_window_g_peer_disconnect, pre_s_g_session_resume_ok, em_g_session_resume_ok, k_g_session_resume_ok, pre_v_attempts_g_session_resume_ok, pre_s_g_session_shutdown, em_g_session_shutdown, k_g_session_shutdown, pre_v_attempts_g_session_shutdown;
inline clear_scratch() {
  pre_s_g_session_handshake_ok = 0;
  em_g_session_handshake_ok = 0;
  k_g_session_handshake_ok = 0;
  pre_v_attempts_g_session_handshake_ok = 0;
  pre_s_g_ch_announce = 0;
  em_g_ch_announce = 0;
  k_g_ch_announce = 0;
  pre_v_queued_g_ch_announce = 0;
  pre_s_g_ch_item = 0;
  em_g_ch_item = 0;
  k_g_ch_item = 0;
  pre_v_queued_g_ch_item = 0;
  pre_s_g_ch_close = 0;
  em_g_ch_close = 0;
  k_g_ch_close = 0;
  pre_v_queued_g_ch_close = 0;
  pre_s_g_ch_reset = 0;
  em_g_ch_reset = 0;
  k_g_ch_reset = 0;
  pre_v_queued_g_ch_reset = 0;
  pre_s_g_ch_grant = 0;
  em_g_ch_grant = 0;
  k_g_ch_grant = 0;
  pre_v_queued_g_ch_grant = 0;
  pre_s_g_ch_bind = 0;
  em_g_ch_bind = 0;
  k_g_ch_bind = 0;
  pre_v_queued_g_ch_bind = 0;
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
}
inline invariants() {
  skip;
}

active proctype env() {
  do
  :: d_step { (g_session_state[0] == g_session_S_Handshaking) && g_session_gen[0] == gen -> d_g_session_handshake_ok(0, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_session_state[0] == g_session_S_Established) && g_ch_gen[0] == gen -> budget0--; d_g_ch_announce(0, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_session_state[0] == g_session_S_Established) && g_ch_gen[0] == gen -> budget0--; d_g_ch_item(0, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_session_state[0] == g_session_S_Established) && g_ch_gen[0] == gen -> budget0--; d_g_ch_close(0, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_session_state[0] == g_session_S_Established) && g_ch_gen[0] == gen -> budget0--; d_g_ch_reset(0, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_session_state[0] == g_session_S_Established) && g_ch_gen[0] == gen -> budget0--; d_g_ch_grant(0, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_session_state[0] == g_session_S_Established) && g_ch_gen[1] == gen -> budget0--; d_g_ch_announce(1, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_session_state[0] == g_session_S_Established) && g_ch_gen[1] == gen -> budget0--; d_g_ch_item(1, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_session_state[0] == g_session_S_Established) && g_ch_gen[1] == gen -> budget0--; d_g_ch_close(1, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_session_state[0] == g_session_S_Established) && g_ch_gen[1] == gen -> budget0--; d_g_ch_reset(1, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_session_state[0] == g_session_S_Established) && g_ch_gen[1] == gen -> budget0--; d_g_ch_grant(1, gen); invariants(); clear_scratch() }
  :: d_step { (g_session_state[0] == g_session_S_Established) -> d_g_ch_bind(0, 255); invariants(); clear_scratch() }
  :: d_step { (g_session_state[0] == g_session_S_Established) -> d_g_ch_bind(1, 255); invariants(); clear_scratch() }
  :: d_step { true -> d_g_ch_consume(0, 255); invariants(); clear_scratch() }
  :: d_step { true -> d_g_ch_drop_receiver(0, 255); invariants(); clear_scratch() }
  :: d_step { true -> d_g_ch_consume(1, 255); invariants(); clear_scratch() }
  :: d_step { true -> d_g_ch_drop_receiver(1, 255); invariants(); clear_scratch() }
  :: d_step { budget1 > 0 && g_session_gen[0] == gen -> budget1--; d_g_session_conduit_break(0, gen); invariants(); clear_scratch() }
  :: d_step { budget2 > 0 && g_session_gen[0] == gen -> budget2--; d_g_session_resume_ok(0, gen); invariants(); clear_scratch() }
  :: d_step { budget3 > 0 && gen >= 1 && g_ch_gen[0] == gen -> budget3--; d_g_ch_item(0, gen - 1); invariants(); clear_scratch() }
  :: d_step { budget3 > 0 && gen >= 1 && g_ch_gen[0] == gen -> budget3--; d_g_ch_close(0, gen - 1); invariants(); clear_scratch() }
  :: d_step { budget3 > 0 && gen >= 1 && g_ch_gen[1] == gen -> budget3--; d_g_ch_item(1, gen - 1); invariants(); clear_scratch() }
  :: d_step { budget3 > 0 && gen >= 1 && g_ch_gen[1] == gen -> budget3--; d_g_ch_close(1, gen - 1); invariants(); clear_scratch() }
  :: d_step { true -> d_g_session_shutdown(0, 255); invariants(); clear_scratch() }
  od
}
