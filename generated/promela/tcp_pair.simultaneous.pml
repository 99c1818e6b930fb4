/* DO NOT EDIT: generated from spec/tcp/system.yaml by phasegen (phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2).
   System tcp_pair, variant simultaneous; symmetry off. Properties: -DP_no_overflow, -DP_no_violation, -DP_ends_together */

#define g_a_S_Closed 0
#define g_a_S_Listen 1
#define g_a_S_SynSent 2
#define g_a_S_SynReceived 3
#define g_a_S_Established 4
#define g_a_S_FinWait1 5
#define g_a_S_FinWait2 6
#define g_a_S_Closing 7
#define g_a_S_TimeWait 8
#define g_a_S_CloseWait 9
#define g_a_S_LastAck 10
#define g_a_S_Done 11
#define g_b_S_Closed 0
#define g_b_S_Listen 1
#define g_b_S_SynSent 2
#define g_b_S_SynReceived 3
#define g_b_S_Established 4
#define g_b_S_FinWait1 5
#define g_b_S_FinWait2 6
#define g_b_S_Closing 7
#define g_b_S_TimeWait 8
#define g_b_S_CloseWait 9
#define g_b_S_LastAck 10
#define g_b_S_Done 11

byte gen = 0;
byte budget0 = 1;  /* a: connect */
byte budget1 = 1;  /* b: connect */
byte budget2 = 1;  /* a: close */
byte budget3 = 1;  /* b: close */
chan q_ab[1] = [3] of { byte, byte };  /* a -> b: syn, syn_ack, ack, fin */
chan q_ba[1] = [3] of { byte, byte };  /* b -> a: syn, syn_ack, ack, fin */
byte g_a_state[1] = g_a_S_Closed;
byte g_a_gen[1] = 0;
bit g_a_seen_ends_together[1] = 0;
byte g_b_state[1] = g_b_S_Closed;
byte g_b_gen[1] = 0;


inline send_ab(j, m, t) {
  if
  :: nfull(q_ab[j]) -> q_ab[j]!m,t
  :: else ->
#ifdef P_no_overflow
    assert(false);
#endif
    skip
  fi
}
inline send_ba(j, m, t) {
  if
  :: nfull(q_ba[j]) -> q_ba[j]!m,t
  :: else ->
#ifdef P_no_overflow
    assert(false);
#endif
    skip
  fi
}
inline d_g_a_connect(i, tag) {
  pre_s_g_a_connect = g_a_state[i];
  em_g_a_connect = 0;
  ea_g_a_connect_send_fin = 0;
  if
  :: (tag != 255 && tag < g_a_gen[i]) -> k_g_a_connect = 4 /* stale */
  :: else ->
    if
    :: (g_a_state[i] == g_a_S_Closed && (true)) -> k_g_a_connect = 0; g_a_state[i] = g_a_S_SynSent; em_g_a_connect = 1; send_ab(0, 0, g_a_gen[i])
    :: (g_a_state[i] == g_a_S_Listen && (true)) -> k_g_a_connect = 2
    :: (g_a_state[i] == g_a_S_SynSent && (true)) -> k_g_a_connect = 2
    :: (g_a_state[i] == g_a_S_SynReceived && (true)) -> k_g_a_connect = 2
    :: (g_a_state[i] == g_a_S_Established && (true)) -> k_g_a_connect = 2
    :: (g_a_state[i] == g_a_S_FinWait1 && (true)) -> k_g_a_connect = 2
    :: (g_a_state[i] == g_a_S_FinWait2 && (true)) -> k_g_a_connect = 2
    :: (g_a_state[i] == g_a_S_Closing && (true)) -> k_g_a_connect = 2
    :: (g_a_state[i] == g_a_S_TimeWait && (true)) -> k_g_a_connect = 2
    :: (g_a_state[i] == g_a_S_CloseWait && (true)) -> k_g_a_connect = 2
    :: (g_a_state[i] == g_a_S_LastAck && (true)) -> k_g_a_connect = 2
    :: (g_a_state[i] == g_a_S_Done && (true)) -> k_g_a_connect = 2
    fi
  fi;
  #ifdef P_no_violation
  assert(k_g_a_connect != 3);
  #endif
  if :: (ea_g_a_connect_send_fin == 1) -> g_a_seen_ends_together[i] = 1 :: else -> skip fi;
}
inline d_g_b_syn(i, tag) {
  pre_s_g_b_syn = g_b_state[i];
  em_g_b_syn = 0;
  if
  :: (tag != 255 && tag < g_b_gen[i]) -> k_g_b_syn = 4 /* stale */
  :: else ->
    if
    :: (g_b_state[i] == g_b_S_Closed && (true)) -> k_g_b_syn = 1
    :: (g_b_state[i] == g_b_S_Listen && (true)) -> k_g_b_syn = 0; g_b_state[i] = g_b_S_SynReceived; em_g_b_syn = 1; send_ba(0, 1, g_b_gen[i])
    :: (g_b_state[i] == g_b_S_SynSent && (true)) -> k_g_b_syn = 0; g_b_state[i] = g_b_S_SynReceived; em_g_b_syn = 1; send_ba(0, 1, g_b_gen[i])
    :: (g_b_state[i] == g_b_S_SynReceived && (true)) -> k_g_b_syn = 1
    :: (g_b_state[i] == g_b_S_Established && (true)) -> k_g_b_syn = 1
    :: (g_b_state[i] == g_b_S_FinWait1 && (true)) -> k_g_b_syn = 1
    :: (g_b_state[i] == g_b_S_FinWait2 && (true)) -> k_g_b_syn = 1
    :: (g_b_state[i] == g_b_S_Closing && (true)) -> k_g_b_syn = 1
    :: (g_b_state[i] == g_b_S_TimeWait && (true)) -> k_g_b_syn = 1
    :: (g_b_state[i] == g_b_S_CloseWait && (true)) -> k_g_b_syn = 1
    :: (g_b_state[i] == g_b_S_LastAck && (true)) -> k_g_b_syn = 1
    :: (g_b_state[i] == g_b_S_Done && (true)) -> k_g_b_syn = 1
    fi
  fi;
  #ifdef P_no_violation
  assert(k_g_b_syn != 3);
  #endif
}
inline d_g_a_syn_ack(i, tag) {
  pre_s_g_a_syn_ack = g_a_state[i];
  em_g_a_syn_ack = 0;
  ea_g_a_syn_ack_send_fin = 0;
  if
  :: (tag != 255 && tag < g_a_gen[i]) -> k_g_a_syn_ack = 4 /* stale */
  :: else ->
    if
    :: (g_a_state[i] == g_a_S_Closed && (true)) -> k_g_a_syn_ack = 1
    :: (g_a_state[i] == g_a_S_Listen && (true)) -> k_g_a_syn_ack = 1
    :: (g_a_state[i] == g_a_S_SynSent && (true)) -> k_g_a_syn_ack = 0; g_a_state[i] = g_a_S_Established; em_g_a_syn_ack = 1; send_ab(0, 2, g_a_gen[i])
    :: (g_a_state[i] == g_a_S_SynReceived && (true)) -> k_g_a_syn_ack = 0; g_a_state[i] = g_a_S_Established; em_g_a_syn_ack = 1; send_ab(0, 2, g_a_gen[i])
    :: (g_a_state[i] == g_a_S_Established && (true)) -> k_g_a_syn_ack = 1
    :: (g_a_state[i] == g_a_S_FinWait1 && (true)) -> k_g_a_syn_ack = 1
    :: (g_a_state[i] == g_a_S_FinWait2 && (true)) -> k_g_a_syn_ack = 1
    :: (g_a_state[i] == g_a_S_Closing && (true)) -> k_g_a_syn_ack = 1
    :: (g_a_state[i] == g_a_S_TimeWait && (true)) -> k_g_a_syn_ack = 1
    :: (g_a_state[i] == g_a_S_CloseWait && (true)) -> k_g_a_syn_ack = 1
    :: (g_a_state[i] == g_a_S_LastAck && (true)) -> k_g_a_syn_ack = 1
    :: (g_a_state[i] == g_a_S_Done && (true)) -> k_g_a_syn_ack = 1
    fi
  fi;
  #ifdef P_no_violation
  assert(k_g_a_syn_ack != 3);
  #endif
  if :: (ea_g_a_syn_ack_send_fin == 1) -> g_a_seen_ends_together[i] = 1 :: else -> skip fi;
}
inline d_g_b_ack(i, tag) {
  pre_s_g_b_ack = g_b_state[i];
  em_g_b_ack = 0;
  if
  :: (tag != 255 && tag < g_b_gen[i]) -> k_g_b_ack = 4 /* stale */
  :: else ->
    if
    :: (g_b_state[i] == g_b_S_Closed && (true)) -> k_g_b_ack = 1
    :: (g_b_state[i] == g_b_S_Listen && (true)) -> k_g_b_ack = 1
    :: (g_b_state[i] == g_b_S_SynSent && (true)) -> k_g_b_ack = 1
    :: (g_b_state[i] == g_b_S_SynReceived && (true)) -> k_g_b_ack = 0; g_b_state[i] = g_b_S_Established
    :: (g_b_state[i] == g_b_S_Established && (true)) -> k_g_b_ack = 1
    :: (g_b_state[i] == g_b_S_FinWait1 && (true)) -> k_g_b_ack = 0; g_b_state[i] = g_b_S_FinWait2
    :: (g_b_state[i] == g_b_S_FinWait2 && (true)) -> k_g_b_ack = 1
    :: (g_b_state[i] == g_b_S_Closing && (true)) -> k_g_b_ack = 0; g_b_state[i] = g_b_S_TimeWait
    :: (g_b_state[i] == g_b_S_TimeWait && (true)) -> k_g_b_ack = 1
    :: (g_b_state[i] == g_b_S_CloseWait && (true)) -> k_g_b_ack = 1
    :: (g_b_state[i] == g_b_S_LastAck && (true)) -> k_g_b_ack = 0; g_b_state[i] = g_b_S_Done
    :: (g_b_state[i] == g_b_S_Done && (true)) -> k_g_b_ack = 1
    fi
  fi;
  #ifdef P_no_violation
  assert(k_g_b_ack != 3);
  #endif
}
inline d_g_b_connect(i, tag) {
  pre_s_g_b_connect = g_b_state[i];
  em_g_b_connect = 0;
  if
  :: (tag != 255 && tag < g_b_gen[i]) -> k_g_b_connect = 4 /* stale */
  :: else ->
    if
    :: (g_b_state[i] == g_b_S_Closed && (true)) -> k_g_b_connect = 0; g_b_state[i] = g_b_S_SynSent; em_g_b_connect = 1; send_ba(0, 0, g_b_gen[i])
    :: (g_b_state[i] == g_b_S_Listen && (true)) -> k_g_b_connect = 2
    :: (g_b_state[i] == g_b_S_SynSent && (true)) -> k_g_b_connect = 2
    :: (g_b_state[i] == g_b_S_SynReceived && (true)) -> k_g_b_connect = 2
    :: (g_b_state[i] == g_b_S_Established && (true)) -> k_g_b_connect = 2
    :: (g_b_state[i] == g_b_S_FinWait1 && (true)) -> k_g_b_connect = 2
    :: (g_b_state[i] == g_b_S_FinWait2 && (true)) -> k_g_b_connect = 2
    :: (g_b_state[i] == g_b_S_Closing && (true)) -> k_g_b_connect = 2
    :: (g_b_state[i] == g_b_S_TimeWait && (true)) -> k_g_b_connect = 2
    :: (g_b_state[i] == g_b_S_CloseWait && (true)) -> k_g_b_connect = 2
    :: (g_b_state[i] == g_b_S_LastAck && (true)) -> k_g_b_connect = 2
    :: (g_b_state[i] == g_b_S_Done && (true)) -> k_g_b_connect = 2
    fi
  fi;
  #ifdef P_no_violation
  assert(k_g_b_connect != 3);
  #endif
}
inline d_g_a_syn(i, tag) {
  pre_s_g_a_syn = g_a_state[i];
  em_g_a_syn = 0;
  ea_g_a_syn_send_fin = 0;
  if
  :: (tag != 255 && tag < g_a_gen[i]) -> k_g_a_syn = 4 /* stale */
  :: else ->
    if
    :: (g_a_state[i] == g_a_S_Closed && (true)) -> k_g_a_syn = 1
    :: (g_a_state[i] == g_a_S_Listen && (true)) -> k_g_a_syn = 0; g_a_state[i] = g_a_S_SynReceived; em_g_a_syn = 1; send_ab(0, 1, g_a_gen[i])
    :: (g_a_state[i] == g_a_S_SynSent && (true)) -> k_g_a_syn = 0; g_a_state[i] = g_a_S_SynReceived; em_g_a_syn = 1; send_ab(0, 1, g_a_gen[i])
    :: (g_a_state[i] == g_a_S_SynReceived && (true)) -> k_g_a_syn = 1
    :: (g_a_state[i] == g_a_S_Established && (true)) -> k_g_a_syn = 1
    :: (g_a_state[i] == g_a_S_FinWait1 && (true)) -> k_g_a_syn = 1
    :: (g_a_state[i] == g_a_S_FinWait2 && (true)) -> k_g_a_syn = 1
    :: (g_a_state[i] == g_a_S_Closing && (true)) -> k_g_a_syn = 1
    :: (g_a_state[i] == g_a_S_TimeWait && (true)) -> k_g_a_syn = 1
    :: (g_a_state[i] == g_a_S_CloseWait && (true)) -> k_g_a_syn = 1
    :: (g_a_state[i] == g_a_S_LastAck && (true)) -> k_g_a_syn = 1
    :: (g_a_state[i] == g_a_S_Done && (true)) -> k_g_a_syn = 1
    fi
  fi;
  #ifdef P_no_violation
  assert(k_g_a_syn != 3);
  #endif
  if :: (ea_g_a_syn_send_fin == 1) -> g_a_seen_ends_together[i] = 1 :: else -> skip fi;
}
inline d_g_b_syn_ack(i, tag) {
  pre_s_g_b_syn_ack = g_b_state[i];
  em_g_b_syn_ack = 0;
  if
  :: (tag != 255 && tag < g_b_gen[i]) -> k_g_b_syn_ack = 4 /* stale */
  :: else ->
    if
    :: (g_b_state[i] == g_b_S_Closed && (true)) -> k_g_b_syn_ack = 1
    :: (g_b_state[i] == g_b_S_Listen && (true)) -> k_g_b_syn_ack = 1
    :: (g_b_state[i] == g_b_S_SynSent && (true)) -> k_g_b_syn_ack = 0; g_b_state[i] = g_b_S_Established; em_g_b_syn_ack = 1; send_ba(0, 2, g_b_gen[i])
    :: (g_b_state[i] == g_b_S_SynReceived && (true)) -> k_g_b_syn_ack = 0; g_b_state[i] = g_b_S_Established; em_g_b_syn_ack = 1; send_ba(0, 2, g_b_gen[i])
    :: (g_b_state[i] == g_b_S_Established && (true)) -> k_g_b_syn_ack = 1
    :: (g_b_state[i] == g_b_S_FinWait1 && (true)) -> k_g_b_syn_ack = 1
    :: (g_b_state[i] == g_b_S_FinWait2 && (true)) -> k_g_b_syn_ack = 1
    :: (g_b_state[i] == g_b_S_Closing && (true)) -> k_g_b_syn_ack = 1
    :: (g_b_state[i] == g_b_S_TimeWait && (true)) -> k_g_b_syn_ack = 1
    :: (g_b_state[i] == g_b_S_CloseWait && (true)) -> k_g_b_syn_ack = 1
    :: (g_b_state[i] == g_b_S_LastAck && (true)) -> k_g_b_syn_ack = 1
    :: (g_b_state[i] == g_b_S_Done && (true)) -> k_g_b_syn_ack = 1
    fi
  fi;
  #ifdef P_no_violation
  assert(k_g_b_syn_ack != 3);
  #endif
}
inline d_g_a_ack(i, tag) {
  pre_s_g_a_ack = g_a_state[i];
  em_g_a_ack = 0;
  ea_g_a_ack_send_fin = 0;
  if
  :: (tag != 255 && tag < g_a_gen[i]) -> k_g_a_ack = 4 /* stale */
  :: else ->
    if
    :: (g_a_state[i] == g_a_S_Closed && (true)) -> k_g_a_ack = 1
    :: (g_a_state[i] == g_a_S_Listen && (true)) -> k_g_a_ack = 1
    :: (g_a_state[i] == g_a_S_SynSent && (true)) -> k_g_a_ack = 1
    :: (g_a_state[i] == g_a_S_SynReceived && (true)) -> k_g_a_ack = 0; g_a_state[i] = g_a_S_Established
    :: (g_a_state[i] == g_a_S_Established && (true)) -> k_g_a_ack = 1
    :: (g_a_state[i] == g_a_S_FinWait1 && (true)) -> k_g_a_ack = 0; g_a_state[i] = g_a_S_FinWait2
    :: (g_a_state[i] == g_a_S_FinWait2 && (true)) -> k_g_a_ack = 1
    :: (g_a_state[i] == g_a_S_Closing && (true)) -> k_g_a_ack = 0; g_a_state[i] = g_a_S_TimeWait
    :: (g_a_state[i] == g_a_S_TimeWait && (true)) -> k_g_a_ack = 1
    :: (g_a_state[i] == g_a_S_CloseWait && (true)) -> k_g_a_ack = 1
    :: (g_a_state[i] == g_a_S_LastAck && (true)) -> k_g_a_ack = 0; g_a_state[i] = g_a_S_Done
    :: (g_a_state[i] == g_a_S_Done && (true)) -> k_g_a_ack = 1
    fi
  fi;
  #ifdef P_no_violation
  assert(k_g_a_ack != 3);
  #endif
  if :: ((k_g_a_ack == 0)) -> g_a_seen_ends_together[i] = 0 :: else -> skip fi;
  if :: (ea_g_a_ack_send_fin == 1) -> g_a_seen_ends_together[i] = 1 :: else -> skip fi;
}
inline d_g_a_close(i, tag) {
  pre_s_g_a_close = g_a_state[i];
  em_g_a_close = 0;
  ea_g_a_close_send_fin = 0;
  if
  :: (tag != 255 && tag < g_a_gen[i]) -> k_g_a_close = 4 /* stale */
  :: else ->
    if
    :: (g_a_state[i] == g_a_S_Closed && (true)) -> k_g_a_close = 0; g_a_state[i] = g_a_S_Done
    :: (g_a_state[i] == g_a_S_Listen && (true)) -> k_g_a_close = 0; g_a_state[i] = g_a_S_Done
    :: (g_a_state[i] == g_a_S_SynSent && (true)) -> k_g_a_close = 0; g_a_state[i] = g_a_S_Done
    :: (g_a_state[i] == g_a_S_SynReceived && (true)) -> k_g_a_close = 0; g_a_state[i] = g_a_S_FinWait1; em_g_a_close = 1; ea_g_a_close_send_fin = 1; send_ab(0, 3, g_a_gen[i])
    :: (g_a_state[i] == g_a_S_Established && (true)) -> k_g_a_close = 0; g_a_state[i] = g_a_S_FinWait1; em_g_a_close = 1; ea_g_a_close_send_fin = 1; send_ab(0, 3, g_a_gen[i])
    :: (g_a_state[i] == g_a_S_FinWait1 && (true)) -> k_g_a_close = 2
    :: (g_a_state[i] == g_a_S_FinWait2 && (true)) -> k_g_a_close = 2
    :: (g_a_state[i] == g_a_S_Closing && (true)) -> k_g_a_close = 2
    :: (g_a_state[i] == g_a_S_TimeWait && (true)) -> k_g_a_close = 2
    :: (g_a_state[i] == g_a_S_CloseWait && (true)) -> k_g_a_close = 0; g_a_state[i] = g_a_S_LastAck; em_g_a_close = 1; ea_g_a_close_send_fin = 1; send_ab(0, 3, g_a_gen[i])
    :: (g_a_state[i] == g_a_S_LastAck && (true)) -> k_g_a_close = 2
    :: (g_a_state[i] == g_a_S_Done && (true)) -> k_g_a_close = 2
    fi
  fi;
  #ifdef P_no_violation
  assert(k_g_a_close != 3);
  #endif
  if :: (ea_g_a_close_send_fin == 1) -> g_a_seen_ends_together[i] = 1 :: else -> skip fi;
}
inline d_g_b_fin(i, tag) {
  pre_s_g_b_fin = g_b_state[i];
  em_g_b_fin = 0;
  if
  :: (tag != 255 && tag < g_b_gen[i]) -> k_g_b_fin = 4 /* stale */
  :: else ->
    if
    :: (g_b_state[i] == g_b_S_Closed && (true)) -> k_g_b_fin = 1
    :: (g_b_state[i] == g_b_S_Listen && (true)) -> k_g_b_fin = 1
    :: (g_b_state[i] == g_b_S_SynSent && (true)) -> k_g_b_fin = 1
    :: (g_b_state[i] == g_b_S_SynReceived && (true)) -> k_g_b_fin = 0; g_b_state[i] = g_b_S_CloseWait; em_g_b_fin = 1; send_ba(0, 2, g_b_gen[i])
    :: (g_b_state[i] == g_b_S_Established && (true)) -> k_g_b_fin = 0; g_b_state[i] = g_b_S_CloseWait; em_g_b_fin = 1; send_ba(0, 2, g_b_gen[i])
    :: (g_b_state[i] == g_b_S_FinWait1 && (true)) -> k_g_b_fin = 0; g_b_state[i] = g_b_S_Closing; em_g_b_fin = 1; send_ba(0, 2, g_b_gen[i])
    :: (g_b_state[i] == g_b_S_FinWait2 && (true)) -> k_g_b_fin = 0; g_b_state[i] = g_b_S_TimeWait; em_g_b_fin = 1; send_ba(0, 2, g_b_gen[i])
    :: (g_b_state[i] == g_b_S_Closing && (true)) -> k_g_b_fin = 1
    :: (g_b_state[i] == g_b_S_TimeWait && (true)) -> k_g_b_fin = 1
    :: (g_b_state[i] == g_b_S_CloseWait && (true)) -> k_g_b_fin = 1
    :: (g_b_state[i] == g_b_S_LastAck && (true)) -> k_g_b_fin = 1
    :: (g_b_state[i] == g_b_S_Done && (true)) -> k_g_b_fin = 1
    fi
  fi;
  #ifdef P_no_violation
  assert(k_g_b_fin != 3);
  #endif
}
inline d_g_b_close(i, tag) {
  pre_s_g_b_close = g_b_state[i];
  em_g_b_close = 0;
  if
  :: (tag != 255 && tag < g_b_gen[i]) -> k_g_b_close = 4 /* stale */
  :: else ->
    if
    :: (g_b_state[i] == g_b_S_Closed && (true)) -> k_g_b_close = 0; g_b_state[i] = g_b_S_Done
    :: (g_b_state[i] == g_b_S_Listen && (true)) -> k_g_b_close = 0; g_b_state[i] = g_b_S_Done
    :: (g_b_state[i] == g_b_S_SynSent && (true)) -> k_g_b_close = 0; g_b_state[i] = g_b_S_Done
    :: (g_b_state[i] == g_b_S_SynReceived && (true)) -> k_g_b_close = 0; g_b_state[i] = g_b_S_FinWait1; em_g_b_close = 1; send_ba(0, 3, g_b_gen[i])
    :: (g_b_state[i] == g_b_S_Established && (true)) -> k_g_b_close = 0; g_b_state[i] = g_b_S_FinWait1; em_g_b_close = 1; send_ba(0, 3, g_b_gen[i])
    :: (g_b_state[i] == g_b_S_FinWait1 && (true)) -> k_g_b_close = 2
    :: (g_b_state[i] == g_b_S_FinWait2 && (true)) -> k_g_b_close = 2
    :: (g_b_state[i] == g_b_S_Closing && (true)) -> k_g_b_close = 2
    :: (g_b_state[i] == g_b_S_TimeWait && (true)) -> k_g_b_close = 2
    :: (g_b_state[i] == g_b_S_CloseWait && (true)) -> k_g_b_close = 0; g_b_state[i] = g_b_S_LastAck; em_g_b_close = 1; send_ba(0, 3, g_b_gen[i])
    :: (g_b_state[i] == g_b_S_LastAck && (true)) -> k_g_b_close = 2
    :: (g_b_state[i] == g_b_S_Done && (true)) -> k_g_b_close = 2
    fi
  fi;
  #ifdef P_no_violation
  assert(k_g_b_close != 3);
  #endif
}
inline d_g_a_fin(i, tag) {
  pre_s_g_a_fin = g_a_state[i];
  em_g_a_fin = 0;
  ea_g_a_fin_send_fin = 0;
  if
  :: (tag != 255 && tag < g_a_gen[i]) -> k_g_a_fin = 4 /* stale */
  :: else ->
    if
    :: (g_a_state[i] == g_a_S_Closed && (true)) -> k_g_a_fin = 1
    :: (g_a_state[i] == g_a_S_Listen && (true)) -> k_g_a_fin = 1
    :: (g_a_state[i] == g_a_S_SynSent && (true)) -> k_g_a_fin = 1
    :: (g_a_state[i] == g_a_S_SynReceived && (true)) -> k_g_a_fin = 0; g_a_state[i] = g_a_S_CloseWait; em_g_a_fin = 1; send_ab(0, 2, g_a_gen[i])
    :: (g_a_state[i] == g_a_S_Established && (true)) -> k_g_a_fin = 0; g_a_state[i] = g_a_S_CloseWait; em_g_a_fin = 1; send_ab(0, 2, g_a_gen[i])
    :: (g_a_state[i] == g_a_S_FinWait1 && (true)) -> k_g_a_fin = 0; g_a_state[i] = g_a_S_Closing; em_g_a_fin = 1; send_ab(0, 2, g_a_gen[i])
    :: (g_a_state[i] == g_a_S_FinWait2 && (true)) -> k_g_a_fin = 0; g_a_state[i] = g_a_S_TimeWait; em_g_a_fin = 1; send_ab(0, 2, g_a_gen[i])
    :: (g_a_state[i] == g_a_S_Closing && (true)) -> k_g_a_fin = 1
    :: (g_a_state[i] == g_a_S_TimeWait && (true)) -> k_g_a_fin = 1
    :: (g_a_state[i] == g_a_S_CloseWait && (true)) -> k_g_a_fin = 1
    :: (g_a_state[i] == g_a_S_LastAck && (true)) -> k_g_a_fin = 1
    :: (g_a_state[i] == g_a_S_Done && (true)) -> k_g_a_fin = 1
    fi
  fi;
  #ifdef P_no_violation
  assert(k_g_a_fin != 3);
  #endif
  if :: (ea_g_a_fin_send_fin == 1) -> g_a_seen_ends_together[i] = 1 :: else -> skip fi;
}
inline d_g_a_timeout(i, tag) {
  pre_s_g_a_timeout = g_a_state[i];
  em_g_a_timeout = 0;
  ea_g_a_timeout_send_fin = 0;
  if
  :: (tag != 255 && tag < g_a_gen[i]) -> k_g_a_timeout = 4 /* stale */
  :: else ->
    if
    :: (g_a_state[i] == g_a_S_Closed && (true)) -> k_g_a_timeout = 1
    :: (g_a_state[i] == g_a_S_Listen && (true)) -> k_g_a_timeout = 1
    :: (g_a_state[i] == g_a_S_SynSent && (true)) -> k_g_a_timeout = 1
    :: (g_a_state[i] == g_a_S_SynReceived && (true)) -> k_g_a_timeout = 1
    :: (g_a_state[i] == g_a_S_Established && (true)) -> k_g_a_timeout = 1
    :: (g_a_state[i] == g_a_S_FinWait1 && (true)) -> k_g_a_timeout = 1
    :: (g_a_state[i] == g_a_S_FinWait2 && (true)) -> k_g_a_timeout = 1
    :: (g_a_state[i] == g_a_S_Closing && (true)) -> k_g_a_timeout = 1
    :: (g_a_state[i] == g_a_S_TimeWait && (true)) -> k_g_a_timeout = 0; g_a_state[i] = g_a_S_Done
    :: (g_a_state[i] == g_a_S_CloseWait && (true)) -> k_g_a_timeout = 1
    :: (g_a_state[i] == g_a_S_LastAck && (true)) -> k_g_a_timeout = 1
    :: (g_a_state[i] == g_a_S_Done && (true)) -> k_g_a_timeout = 1
    fi
  fi;
  #ifdef P_no_violation
  assert(k_g_a_timeout != 3);
  #endif
  if :: ((k_g_a_timeout == 0)) -> g_a_seen_ends_together[i] = 0 :: else -> skip fi;
  if :: (ea_g_a_timeout_send_fin == 1) -> g_a_seen_ends_together[i] = 1 :: else -> skip fi;
}
inline d_g_b_timeout(i, tag) {
  pre_s_g_b_timeout = g_b_state[i];
  em_g_b_timeout = 0;
  if
  :: (tag != 255 && tag < g_b_gen[i]) -> k_g_b_timeout = 4 /* stale */
  :: else ->
    if
    :: (g_b_state[i] == g_b_S_Closed && (true)) -> k_g_b_timeout = 1
    :: (g_b_state[i] == g_b_S_Listen && (true)) -> k_g_b_timeout = 1
    :: (g_b_state[i] == g_b_S_SynSent && (true)) -> k_g_b_timeout = 1
    :: (g_b_state[i] == g_b_S_SynReceived && (true)) -> k_g_b_timeout = 1
    :: (g_b_state[i] == g_b_S_Established && (true)) -> k_g_b_timeout = 1
    :: (g_b_state[i] == g_b_S_FinWait1 && (true)) -> k_g_b_timeout = 1
    :: (g_b_state[i] == g_b_S_FinWait2 && (true)) -> k_g_b_timeout = 1
    :: (g_b_state[i] == g_b_S_Closing && (true)) -> k_g_b_timeout = 1
    :: (g_b_state[i] == g_b_S_TimeWait && (true)) -> k_g_b_timeout = 0; g_b_state[i] = g_b_S_Done
    :: (g_b_state[i] == g_b_S_CloseWait && (true)) -> k_g_b_timeout = 1
    :: (g_b_state[i] == g_b_S_LastAck && (true)) -> k_g_b_timeout = 1
    :: (g_b_state[i] == g_b_S_Done && (true)) -> k_g_b_timeout = 1
    fi
  fi;
  #ifdef P_no_violation
  assert(k_g_b_timeout != 3);
  #endif
}
inline recv_ab(j) {
  if
  :: m_ab == 0 -> d_g_b_syn(j, t_ab)
  :: m_ab == 1 -> d_g_b_syn_ack(j, t_ab)
  :: m_ab == 2 -> d_g_b_ack(j, t_ab)
  :: m_ab == 3 -> d_g_b_fin(j, t_ab)
  fi
}
inline recv_ba(j) {
  if
  :: m_ba == 0 -> d_g_a_syn(j, t_ba)
  :: m_ba == 1 -> d_g_a_syn_ack(j, t_ba)
  :: m_ba == 2 -> d_g_a_ack(j, t_ba)
  :: m_ba == 3 -> d_g_a_fin(j, t_ba)
  fi
}
byte pre_s_g_a_connect, em_g_a_connect, k_g_a_connect, ea_g_a_connect_send_fin, pre_s_g_b_syn, em_g_b_syn, k_g_b_syn, pre_s_g_a_syn_ack, em_g_a_syn_ack, k_g_a_syn_ack, ea_g_a_syn_ack_send_fin, pre_s_g_b_ack, em_g_b_ack, k_g_b_ack, pre_s_g_b_connect, em_g_b_connect, k_g_b_connect, pre_s_g_a_syn, em_g_a_syn, k_g_a_syn, ea_g_a_syn_send_fin, pre_s_g_b_syn_ack, em_g_b_syn_ack, k_g_b_syn_ack, pre_s_g_a_ack, em_g_a_ack, k_g_a_ack, ea_g_a_ack_send_fin, pre_s_g_a_close, em_g_a_close, k_g_a_close, ea_g_a_close_send_fin, pre_s_g_b_fin, em_g_b_fin, k_g_b_fin, pre_s_g_b_close, em_g_b_close, k_g_b_close, pre_s_g_a_fin, em_g_a_fin, k_g_a_fin, ea_g_a_fin_send_fin, pre_s_g_a_timeout, em_g_a_timeout, k_g_a_timeout, ea_g_a_timeout_send_fin, pre_s_g_b_timeout, em_g_b_timeout, k_g_b_timeout, m_ab, t_ab, m2_ab, t2_ab, m3_ab, t3_ab, n_ab, m_ba, t_ba, m2_ba, t2_ba, m3_ba, t3_ba, n_ba;
inline clear_scratch() {
  pre_s_g_a_connect = 0;
  em_g_a_connect = 0;
  k_g_a_connect = 0;
  ea_g_a_connect_send_fin = 0;
  pre_s_g_b_syn = 0;
  em_g_b_syn = 0;
  k_g_b_syn = 0;
  pre_s_g_a_syn_ack = 0;
  em_g_a_syn_ack = 0;
  k_g_a_syn_ack = 0;
  ea_g_a_syn_ack_send_fin = 0;
  pre_s_g_b_ack = 0;
  em_g_b_ack = 0;
  k_g_b_ack = 0;
  pre_s_g_b_connect = 0;
  em_g_b_connect = 0;
  k_g_b_connect = 0;
  pre_s_g_a_syn = 0;
  em_g_a_syn = 0;
  k_g_a_syn = 0;
  ea_g_a_syn_send_fin = 0;
  pre_s_g_b_syn_ack = 0;
  em_g_b_syn_ack = 0;
  k_g_b_syn_ack = 0;
  pre_s_g_a_ack = 0;
  em_g_a_ack = 0;
  k_g_a_ack = 0;
  ea_g_a_ack_send_fin = 0;
  pre_s_g_a_close = 0;
  em_g_a_close = 0;
  k_g_a_close = 0;
  ea_g_a_close_send_fin = 0;
  pre_s_g_b_fin = 0;
  em_g_b_fin = 0;
  k_g_b_fin = 0;
  pre_s_g_b_close = 0;
  em_g_b_close = 0;
  k_g_b_close = 0;
  pre_s_g_a_fin = 0;
  em_g_a_fin = 0;
  k_g_a_fin = 0;
  ea_g_a_fin_send_fin = 0;
  pre_s_g_a_timeout = 0;
  em_g_a_timeout = 0;
  k_g_a_timeout = 0;
  ea_g_a_timeout_send_fin = 0;
  pre_s_g_b_timeout = 0;
  em_g_b_timeout = 0;
  k_g_b_timeout = 0;
  m_ab = 0;
  t_ab = 0;
  m2_ab = 0;
  t2_ab = 0;
  m3_ab = 0;
  t3_ab = 0;
  n_ab = 0;
  m_ba = 0;
  t_ba = 0;
  m2_ba = 0;
  t2_ba = 0;
  m3_ba = 0;
  t3_ba = 0;
  n_ba = 0;
}
inline invariants() {
  skip;
}
#ifdef P_ends_together
ltl l_ends_together { [] (g_a_seen_ends_together[0] -> <> !g_a_seen_ends_together[0]) }
#endif

active proctype env() {
  do
  :: d_step { budget0 > 0 -> budget0--; d_g_a_connect(0, 255); invariants(); clear_scratch() }
  :: d_step { budget1 > 0 -> budget1--; d_g_b_connect(0, 255); invariants(); clear_scratch() }
  :: d_step { budget2 > 0 && (g_a_state[0] == g_a_S_Established || g_a_state[0] == g_a_S_CloseWait) -> budget2--; d_g_a_close(0, 255); invariants(); clear_scratch() }
  :: d_step { budget3 > 0 && (g_b_state[0] == g_b_S_Established || g_b_state[0] == g_b_S_CloseWait) -> budget3--; d_g_b_close(0, 255); invariants(); clear_scratch() }
  :: d_step { (g_a_state[0] == g_a_S_TimeWait) -> d_g_a_timeout(0, 255); invariants(); clear_scratch() }
  :: d_step { (g_b_state[0] == g_b_S_TimeWait) -> d_g_b_timeout(0, 255); invariants(); clear_scratch() }
  :: d_step { nempty(q_ab[0]) -> q_ab[0]?m_ab,t_ab; recv_ab(0); invariants(); clear_scratch() }
  :: d_step { nempty(q_ba[0]) -> q_ba[0]?m_ba,t_ba; recv_ba(0); invariants(); clear_scratch() }
  od
}
