/* DO NOT EDIT: generated from spec/http2/system.yaml by phasegen (phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2).
   System http2_conn, variant hostile; symmetry off. Properties: -DP_no_silent_drop, -DP_data_after_close, -DP_data_after_trailers, -DP_no_data_after_reset, -DP_no_data_after_cancel, -DP_no_read_after_closed, -DP_windows */

#define g_conn_S_Preface 0
#define g_conn_S_Open 1
#define g_conn_S_GoingAway 2
#define g_conn_S_Closed 3
#define g_st_S_Idle 0
#define g_st_S_ReservedLocal 1
#define g_st_S_ReservedRemote 2
#define g_st_S_Open 3
#define g_st_S_HalfClosedLocal 4
#define g_st_S_HalfClosedRemote 5
#define g_st_S_Draining 6
#define g_st_S_Closed 7
#define g_st_S_ResetSent 8

byte gen = 0;
byte budget0 = 3;  /* st: headers, headers_end, push_promise, data, end_stream, rst_stream, window_update(n=1), window_update(n=2), priority */
byte budget1 = 1;  /* conn: goaway */
byte budget2 = 1;  /* conn: shutdown, conduit_break */
byte g_conn_state[1] = g_conn_S_Preface;
byte g_conn_v_conn_window[1] = 3;
byte g_conn_gen[1] = 0;
byte g_st_state[2] = g_st_S_Idle;
byte g_st_v_buffered[2] = 0;
byte g_st_v_send_window[2] = 1;
byte g_st_gen[2] = 0;
bit g_st_seen_data_after_close[2] = 0;
bit g_st_seen_data_after_trailers[2] = 0;
bit g_st_seen_no_data_after_reset[2] = 0;
bit g_st_seen_no_data_after_cancel[2] = 0;


inline d_g_conn_settings(i, tag) {
  pre_s_g_conn_settings = g_conn_state[i];
  pre_v_conn_window_g_conn_settings = g_conn_v_conn_window[i];
  em_g_conn_settings = 0;
  if
  :: (tag != 255 && tag < g_conn_gen[i]) -> k_g_conn_settings = 4 /* stale */
  :: else ->
    if
    :: (g_conn_state[i] == g_conn_S_Preface && (true)) -> k_g_conn_settings = 0; g_conn_state[i] = g_conn_S_Open
    :: (g_conn_state[i] == g_conn_S_Open && (true)) -> k_g_conn_settings = 0; g_conn_state[i] = g_conn_S_Open
    :: (g_conn_state[i] == g_conn_S_GoingAway && (true)) -> k_g_conn_settings = 0; g_conn_state[i] = g_conn_S_GoingAway
    :: (g_conn_state[i] == g_conn_S_Closed && (true)) -> k_g_conn_settings = 1
    fi
  fi;
}
inline d_g_st_headers(i, tag) {
  pre_s_g_st_headers = g_st_state[i];
  pre_v_buffered_g_st_headers = g_st_v_buffered[i];
  pre_v_send_window_g_st_headers = g_st_v_send_window[i];
  em_g_st_headers = 0;
  ea_g_st_headers_send_rst = 0;
  if
  :: (tag != 255 && tag < g_st_gen[i]) -> k_g_st_headers = 4 /* stale */
  :: else ->
    if
    :: (g_st_state[i] == g_st_S_Idle && (true)) -> k_g_st_headers = 0; g_st_state[i] = g_st_S_Open
    :: (g_st_state[i] == g_st_S_ReservedLocal && (true)) -> k_g_st_headers = 3
    :: (g_st_state[i] == g_st_S_ReservedRemote && (true)) -> k_g_st_headers = 0; g_st_state[i] = g_st_S_HalfClosedLocal
    :: (g_st_state[i] == g_st_S_Open && (true)) -> k_g_st_headers = 3
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (true)) -> k_g_st_headers = 3
    :: (g_st_state[i] == g_st_S_HalfClosedRemote && (true)) -> k_g_st_headers = 3
    :: (g_st_state[i] == g_st_S_Draining && (true)) -> k_g_st_headers = 3
    :: (g_st_state[i] == g_st_S_Closed && (true)) -> k_g_st_headers = 3
    :: (g_st_state[i] == g_st_S_ResetSent && (true)) -> k_g_st_headers = 1
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_st_v_buffered[i] <= pre_v_buffered_g_st_headers);
  assert(g_st_v_buffered[i] == pre_v_buffered_g_st_headers);
  #endif
  if :: (ea_g_st_headers_send_rst == 1) -> g_st_seen_no_data_after_cancel[i] = 1 :: else -> skip fi;
}
inline d_g_st_headers_end(i, tag) {
  pre_s_g_st_headers_end = g_st_state[i];
  pre_v_buffered_g_st_headers_end = g_st_v_buffered[i];
  pre_v_send_window_g_st_headers_end = g_st_v_send_window[i];
  em_g_st_headers_end = 0;
  ea_g_st_headers_end_send_rst = 0;
  if
  :: (tag != 255 && tag < g_st_gen[i]) -> k_g_st_headers_end = 4 /* stale */
  :: else ->
    if
    :: (g_st_state[i] == g_st_S_Idle && (true)) -> k_g_st_headers_end = 0; g_st_state[i] = g_st_S_HalfClosedRemote
    :: (g_st_state[i] == g_st_S_ReservedLocal && (true)) -> k_g_st_headers_end = 3
    :: (g_st_state[i] == g_st_S_ReservedRemote && (true)) -> k_g_st_headers_end = 0; g_st_state[i] = g_st_S_Closed
    :: (g_st_state[i] == g_st_S_Open && (true)) -> k_g_st_headers_end = 0; g_st_state[i] = g_st_S_HalfClosedRemote
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (g_st_v_buffered[i] > 0)) -> k_g_st_headers_end = 0; g_st_state[i] = g_st_S_Draining
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (g_st_v_buffered[i] == 0)) -> k_g_st_headers_end = 0; g_st_state[i] = g_st_S_Closed
    :: (g_st_state[i] == g_st_S_HalfClosedRemote && (true)) -> k_g_st_headers_end = 3
    :: (g_st_state[i] == g_st_S_Draining && (true)) -> k_g_st_headers_end = 3
    :: (g_st_state[i] == g_st_S_Closed && (true)) -> k_g_st_headers_end = 3
    :: (g_st_state[i] == g_st_S_ResetSent && (true)) -> k_g_st_headers_end = 1
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_st_v_buffered[i] <= pre_v_buffered_g_st_headers_end);
  assert(g_st_v_buffered[i] == pre_v_buffered_g_st_headers_end);
  #endif
  if :: (k_g_st_headers_end == 0) -> g_st_seen_data_after_trailers[i] = 1 :: else -> skip fi;
  if :: (ea_g_st_headers_end_send_rst == 1) -> g_st_seen_no_data_after_cancel[i] = 1 :: else -> skip fi;
}
inline d_g_st_push_promise(i, tag) {
  pre_s_g_st_push_promise = g_st_state[i];
  pre_v_buffered_g_st_push_promise = g_st_v_buffered[i];
  pre_v_send_window_g_st_push_promise = g_st_v_send_window[i];
  em_g_st_push_promise = 0;
  ea_g_st_push_promise_send_rst = 0;
  if
  :: (tag != 255 && tag < g_st_gen[i]) -> k_g_st_push_promise = 4 /* stale */
  :: else ->
    if
    :: (g_st_state[i] == g_st_S_Idle && (true)) -> k_g_st_push_promise = 0; g_st_state[i] = g_st_S_ReservedRemote
    :: (g_st_state[i] == g_st_S_ReservedLocal && (true)) -> k_g_st_push_promise = 3
    :: (g_st_state[i] == g_st_S_ReservedRemote && (true)) -> k_g_st_push_promise = 3
    :: (g_st_state[i] == g_st_S_Open && (true)) -> k_g_st_push_promise = 3
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (true)) -> k_g_st_push_promise = 3
    :: (g_st_state[i] == g_st_S_HalfClosedRemote && (true)) -> k_g_st_push_promise = 3
    :: (g_st_state[i] == g_st_S_Draining && (true)) -> k_g_st_push_promise = 3
    :: (g_st_state[i] == g_st_S_Closed && (true)) -> k_g_st_push_promise = 3
    :: (g_st_state[i] == g_st_S_ResetSent && (true)) -> k_g_st_push_promise = 1
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_st_v_buffered[i] <= pre_v_buffered_g_st_push_promise);
  assert(g_st_v_buffered[i] == pre_v_buffered_g_st_push_promise);
  #endif
  if :: (ea_g_st_push_promise_send_rst == 1) -> g_st_seen_no_data_after_cancel[i] = 1 :: else -> skip fi;
}
inline d_g_st_data(i, tag) {
  pre_s_g_st_data = g_st_state[i];
  pre_v_buffered_g_st_data = g_st_v_buffered[i];
  pre_v_send_window_g_st_data = g_st_v_send_window[i];
  em_g_st_data = 0;
  ea_g_st_data_send_rst = 0;
  if
  :: (tag != 255 && tag < g_st_gen[i]) -> k_g_st_data = 4 /* stale */
  :: else ->
    if
    :: (g_st_state[i] == g_st_S_Idle && (true)) -> k_g_st_data = 3
    :: (g_st_state[i] == g_st_S_ReservedLocal && (true)) -> k_g_st_data = 3
    :: (g_st_state[i] == g_st_S_ReservedRemote && (true)) -> k_g_st_data = 3
    :: (g_st_state[i] == g_st_S_Open && (g_st_v_buffered[i] < 2)) -> k_g_st_data = 0; g_st_v_buffered[i] = g_st_v_buffered[i] + (1); g_st_state[i] = g_st_S_Open
    :: (g_st_state[i] == g_st_S_Open && (g_st_v_buffered[i] == 2)) -> k_g_st_data = 3
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (g_st_v_buffered[i] < 2)) -> k_g_st_data = 0; g_st_v_buffered[i] = g_st_v_buffered[i] + (1); g_st_state[i] = g_st_S_HalfClosedLocal
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (g_st_v_buffered[i] == 2)) -> k_g_st_data = 3
    :: (g_st_state[i] == g_st_S_HalfClosedRemote && (true)) -> k_g_st_data = 3
    :: (g_st_state[i] == g_st_S_Draining && (true)) -> k_g_st_data = 3
    :: (g_st_state[i] == g_st_S_Closed && (true)) -> k_g_st_data = 3
    :: (g_st_state[i] == g_st_S_ResetSent && (true)) -> k_g_st_data = 1
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(k_g_st_data != 0 || g_st_v_buffered[i] == pre_v_buffered_g_st_data + 1);
  #endif
  #ifdef P_data_after_close
  assert(!(g_st_seen_data_after_close[i] && k_g_st_data != 3 && k_g_st_data != 4));
  #endif
  #ifdef P_data_after_trailers
  assert(!(g_st_seen_data_after_trailers[i] && k_g_st_data != 3 && k_g_st_data != 4));
  #endif
  #ifdef P_no_data_after_reset
  assert(!(g_st_seen_no_data_after_reset[i] && (k_g_st_data == 0)));
  #endif
  #ifdef P_no_data_after_cancel
  assert(!(g_st_seen_no_data_after_cancel[i] && (k_g_st_data == 0)));
  #endif
  if :: (ea_g_st_data_send_rst == 1) -> g_st_seen_no_data_after_cancel[i] = 1 :: else -> skip fi;
}
inline d_g_st_end_stream(i, tag) {
  pre_s_g_st_end_stream = g_st_state[i];
  pre_v_buffered_g_st_end_stream = g_st_v_buffered[i];
  pre_v_send_window_g_st_end_stream = g_st_v_send_window[i];
  em_g_st_end_stream = 0;
  ea_g_st_end_stream_send_rst = 0;
  if
  :: (tag != 255 && tag < g_st_gen[i]) -> k_g_st_end_stream = 4 /* stale */
  :: else ->
    if
    :: (g_st_state[i] == g_st_S_Idle && (true)) -> k_g_st_end_stream = 3
    :: (g_st_state[i] == g_st_S_ReservedLocal && (true)) -> k_g_st_end_stream = 3
    :: (g_st_state[i] == g_st_S_ReservedRemote && (true)) -> k_g_st_end_stream = 3
    :: (g_st_state[i] == g_st_S_Open && (true)) -> k_g_st_end_stream = 0; g_st_state[i] = g_st_S_HalfClosedRemote
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (g_st_v_buffered[i] > 0)) -> k_g_st_end_stream = 0; g_st_state[i] = g_st_S_Draining
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (g_st_v_buffered[i] == 0)) -> k_g_st_end_stream = 0; g_st_state[i] = g_st_S_Closed
    :: (g_st_state[i] == g_st_S_HalfClosedRemote && (true)) -> k_g_st_end_stream = 3
    :: (g_st_state[i] == g_st_S_Draining && (true)) -> k_g_st_end_stream = 3
    :: (g_st_state[i] == g_st_S_Closed && (true)) -> k_g_st_end_stream = 3
    :: (g_st_state[i] == g_st_S_ResetSent && (true)) -> k_g_st_end_stream = 1
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_st_v_buffered[i] <= pre_v_buffered_g_st_end_stream);
  assert(g_st_v_buffered[i] == pre_v_buffered_g_st_end_stream);
  #endif
  if :: (k_g_st_end_stream == 0) -> g_st_seen_data_after_close[i] = 1 :: else -> skip fi;
  if :: (ea_g_st_end_stream_send_rst == 1) -> g_st_seen_no_data_after_cancel[i] = 1 :: else -> skip fi;
}
inline d_g_st_rst_stream(i, tag) {
  pre_s_g_st_rst_stream = g_st_state[i];
  pre_v_buffered_g_st_rst_stream = g_st_v_buffered[i];
  pre_v_send_window_g_st_rst_stream = g_st_v_send_window[i];
  em_g_st_rst_stream = 0;
  ea_g_st_rst_stream_send_rst = 0;
  if
  :: (tag != 255 && tag < g_st_gen[i]) -> k_g_st_rst_stream = 4 /* stale */
  :: else ->
    if
    :: (g_st_state[i] == g_st_S_Idle && (true)) -> k_g_st_rst_stream = 3
    :: (g_st_state[i] == g_st_S_ReservedLocal && (true)) -> k_g_st_rst_stream = 0; g_st_v_buffered[i] = 0; g_st_state[i] = g_st_S_Closed
    :: (g_st_state[i] == g_st_S_ReservedRemote && (true)) -> k_g_st_rst_stream = 0; g_st_v_buffered[i] = 0; g_st_state[i] = g_st_S_Closed
    :: (g_st_state[i] == g_st_S_Open && (true)) -> k_g_st_rst_stream = 0; g_st_v_buffered[i] = 0; g_st_state[i] = g_st_S_Closed
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (true)) -> k_g_st_rst_stream = 0; g_st_v_buffered[i] = 0; g_st_state[i] = g_st_S_Closed
    :: (g_st_state[i] == g_st_S_HalfClosedRemote && (true)) -> k_g_st_rst_stream = 0; g_st_v_buffered[i] = 0; g_st_state[i] = g_st_S_Closed
    :: (g_st_state[i] == g_st_S_Draining && (true)) -> k_g_st_rst_stream = 0; g_st_v_buffered[i] = 0; g_st_state[i] = g_st_S_Closed
    :: (g_st_state[i] == g_st_S_Closed && (true)) -> k_g_st_rst_stream = 1
    :: (g_st_state[i] == g_st_S_ResetSent && (true)) -> k_g_st_rst_stream = 1
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_st_v_buffered[i] <= pre_v_buffered_g_st_rst_stream);
  #endif
  if :: (k_g_st_rst_stream == 0) -> g_st_seen_no_data_after_reset[i] = 1 :: else -> skip fi;
  if :: (ea_g_st_rst_stream_send_rst == 1) -> g_st_seen_no_data_after_cancel[i] = 1 :: else -> skip fi;
}
inline d_g_st_window_update(i, tag, a_n) {
  pre_s_g_st_window_update = g_st_state[i];
  pre_v_buffered_g_st_window_update = g_st_v_buffered[i];
  pre_v_send_window_g_st_window_update = g_st_v_send_window[i];
  em_g_st_window_update = 0;
  ea_g_st_window_update_send_rst = 0;
  if
  :: (tag != 255 && tag < g_st_gen[i]) -> k_g_st_window_update = 4 /* stale */
  :: else ->
    if
    :: (g_st_state[i] == g_st_S_Idle && (a_n == 1 && (true))) -> k_g_st_window_update = 3
    :: (g_st_state[i] == g_st_S_Idle && (a_n == 2 && (true))) -> k_g_st_window_update = 3
    :: (g_st_state[i] == g_st_S_ReservedLocal && (a_n == 1 && (g_st_v_send_window[i] + 1 <= 2))) -> k_g_st_window_update = 0; g_st_v_send_window[i] = g_st_v_send_window[i] + (1); g_st_state[i] = g_st_S_ReservedLocal
    :: (g_st_state[i] == g_st_S_ReservedLocal && (a_n == 1 && (g_st_v_send_window[i] + 1 > 2))) -> k_g_st_window_update = 3
    :: (g_st_state[i] == g_st_S_ReservedLocal && (a_n == 2 && (g_st_v_send_window[i] + 2 <= 2))) -> k_g_st_window_update = 0; g_st_v_send_window[i] = g_st_v_send_window[i] + (2); g_st_state[i] = g_st_S_ReservedLocal
    :: (g_st_state[i] == g_st_S_ReservedLocal && (a_n == 2 && (g_st_v_send_window[i] + 2 > 2))) -> k_g_st_window_update = 3
    :: (g_st_state[i] == g_st_S_ReservedRemote && (a_n == 1 && (true))) -> k_g_st_window_update = 3
    :: (g_st_state[i] == g_st_S_ReservedRemote && (a_n == 2 && (true))) -> k_g_st_window_update = 3
    :: (g_st_state[i] == g_st_S_Open && (a_n == 1 && (g_st_v_send_window[i] + 1 <= 2))) -> k_g_st_window_update = 0; g_st_v_send_window[i] = g_st_v_send_window[i] + (1); g_st_state[i] = g_st_S_Open
    :: (g_st_state[i] == g_st_S_Open && (a_n == 1 && (g_st_v_send_window[i] + 1 > 2))) -> k_g_st_window_update = 3
    :: (g_st_state[i] == g_st_S_Open && (a_n == 2 && (g_st_v_send_window[i] + 2 <= 2))) -> k_g_st_window_update = 0; g_st_v_send_window[i] = g_st_v_send_window[i] + (2); g_st_state[i] = g_st_S_Open
    :: (g_st_state[i] == g_st_S_Open && (a_n == 2 && (g_st_v_send_window[i] + 2 > 2))) -> k_g_st_window_update = 3
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (a_n == 1 && (g_st_v_send_window[i] + 1 <= 2))) -> k_g_st_window_update = 0; g_st_v_send_window[i] = g_st_v_send_window[i] + (1); g_st_state[i] = g_st_S_HalfClosedLocal
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (a_n == 1 && (g_st_v_send_window[i] + 1 > 2))) -> k_g_st_window_update = 3
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (a_n == 2 && (g_st_v_send_window[i] + 2 <= 2))) -> k_g_st_window_update = 0; g_st_v_send_window[i] = g_st_v_send_window[i] + (2); g_st_state[i] = g_st_S_HalfClosedLocal
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (a_n == 2 && (g_st_v_send_window[i] + 2 > 2))) -> k_g_st_window_update = 3
    :: (g_st_state[i] == g_st_S_HalfClosedRemote && (a_n == 1 && (g_st_v_send_window[i] + 1 <= 2))) -> k_g_st_window_update = 0; g_st_v_send_window[i] = g_st_v_send_window[i] + (1); g_st_state[i] = g_st_S_HalfClosedRemote
    :: (g_st_state[i] == g_st_S_HalfClosedRemote && (a_n == 1 && (g_st_v_send_window[i] + 1 > 2))) -> k_g_st_window_update = 3
    :: (g_st_state[i] == g_st_S_HalfClosedRemote && (a_n == 2 && (g_st_v_send_window[i] + 2 <= 2))) -> k_g_st_window_update = 0; g_st_v_send_window[i] = g_st_v_send_window[i] + (2); g_st_state[i] = g_st_S_HalfClosedRemote
    :: (g_st_state[i] == g_st_S_HalfClosedRemote && (a_n == 2 && (g_st_v_send_window[i] + 2 > 2))) -> k_g_st_window_update = 3
    :: (g_st_state[i] == g_st_S_Draining && (a_n == 1 && (g_st_v_send_window[i] + 1 <= 2))) -> k_g_st_window_update = 0; g_st_v_send_window[i] = g_st_v_send_window[i] + (1); g_st_state[i] = g_st_S_Draining
    :: (g_st_state[i] == g_st_S_Draining && (a_n == 1 && (g_st_v_send_window[i] + 1 > 2))) -> k_g_st_window_update = 3
    :: (g_st_state[i] == g_st_S_Draining && (a_n == 2 && (g_st_v_send_window[i] + 2 <= 2))) -> k_g_st_window_update = 0; g_st_v_send_window[i] = g_st_v_send_window[i] + (2); g_st_state[i] = g_st_S_Draining
    :: (g_st_state[i] == g_st_S_Draining && (a_n == 2 && (g_st_v_send_window[i] + 2 > 2))) -> k_g_st_window_update = 3
    :: (g_st_state[i] == g_st_S_Closed && (a_n == 1 && (true))) -> k_g_st_window_update = 1
    :: (g_st_state[i] == g_st_S_Closed && (a_n == 2 && (true))) -> k_g_st_window_update = 1
    :: (g_st_state[i] == g_st_S_ResetSent && (a_n == 1 && (true))) -> k_g_st_window_update = 1
    :: (g_st_state[i] == g_st_S_ResetSent && (a_n == 2 && (true))) -> k_g_st_window_update = 1
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_st_v_buffered[i] <= pre_v_buffered_g_st_window_update);
  assert(g_st_v_buffered[i] == pre_v_buffered_g_st_window_update);
  #endif
  if :: (ea_g_st_window_update_send_rst == 1) -> g_st_seen_no_data_after_cancel[i] = 1 :: else -> skip fi;
}
inline d_g_st_priority(i, tag) {
  pre_s_g_st_priority = g_st_state[i];
  pre_v_buffered_g_st_priority = g_st_v_buffered[i];
  pre_v_send_window_g_st_priority = g_st_v_send_window[i];
  em_g_st_priority = 0;
  ea_g_st_priority_send_rst = 0;
  if
  :: (tag != 255 && tag < g_st_gen[i]) -> k_g_st_priority = 4 /* stale */
  :: else ->
    if
    :: (g_st_state[i] == g_st_S_Idle && (true)) -> k_g_st_priority = 1
    :: (g_st_state[i] == g_st_S_ReservedLocal && (true)) -> k_g_st_priority = 1
    :: (g_st_state[i] == g_st_S_ReservedRemote && (true)) -> k_g_st_priority = 1
    :: (g_st_state[i] == g_st_S_Open && (true)) -> k_g_st_priority = 1
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (true)) -> k_g_st_priority = 1
    :: (g_st_state[i] == g_st_S_HalfClosedRemote && (true)) -> k_g_st_priority = 1
    :: (g_st_state[i] == g_st_S_Draining && (true)) -> k_g_st_priority = 1
    :: (g_st_state[i] == g_st_S_Closed && (true)) -> k_g_st_priority = 1
    :: (g_st_state[i] == g_st_S_ResetSent && (true)) -> k_g_st_priority = 1
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_st_v_buffered[i] <= pre_v_buffered_g_st_priority);
  assert(g_st_v_buffered[i] == pre_v_buffered_g_st_priority);
  #endif
  if :: (ea_g_st_priority_send_rst == 1) -> g_st_seen_no_data_after_cancel[i] = 1 :: else -> skip fi;
}
inline d_g_st_read(i, tag) {
  pre_s_g_st_read = g_st_state[i];
  pre_v_buffered_g_st_read = g_st_v_buffered[i];
  pre_v_send_window_g_st_read = g_st_v_send_window[i];
  em_g_st_read = 0;
  ea_g_st_read_send_rst = 0;
  if
  :: (tag != 255 && tag < g_st_gen[i]) -> k_g_st_read = 4 /* stale */
  :: else ->
    if
    :: (g_st_state[i] == g_st_S_Idle && (true)) -> k_g_st_read = 2
    :: (g_st_state[i] == g_st_S_ReservedLocal && (true)) -> k_g_st_read = 2
    :: (g_st_state[i] == g_st_S_ReservedRemote && (true)) -> k_g_st_read = 2
    :: (g_st_state[i] == g_st_S_Open && (g_st_v_buffered[i] > 0)) -> k_g_st_read = 0; g_st_v_buffered[i] = g_st_v_buffered[i] - (1); g_st_state[i] = g_st_S_Open; em_g_st_read = 1
    :: (g_st_state[i] == g_st_S_Open && (g_st_v_buffered[i] == 0)) -> k_g_st_read = 1
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (g_st_v_buffered[i] > 0)) -> k_g_st_read = 0; g_st_v_buffered[i] = g_st_v_buffered[i] - (1); g_st_state[i] = g_st_S_HalfClosedLocal; em_g_st_read = 1
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (g_st_v_buffered[i] == 0)) -> k_g_st_read = 1
    :: (g_st_state[i] == g_st_S_HalfClosedRemote && (g_st_v_buffered[i] > 0)) -> k_g_st_read = 0; g_st_v_buffered[i] = g_st_v_buffered[i] - (1); g_st_state[i] = g_st_S_HalfClosedRemote; em_g_st_read = 1
    :: (g_st_state[i] == g_st_S_HalfClosedRemote && (g_st_v_buffered[i] == 0)) -> k_g_st_read = 2
    :: (g_st_state[i] == g_st_S_Draining && (g_st_v_buffered[i] > 1)) -> k_g_st_read = 0; g_st_v_buffered[i] = g_st_v_buffered[i] - (1); g_st_state[i] = g_st_S_Draining; em_g_st_read = 1
    :: (g_st_state[i] == g_st_S_Draining && (g_st_v_buffered[i] == 1)) -> k_g_st_read = 0; g_st_v_buffered[i] = 0; g_st_state[i] = g_st_S_Closed; em_g_st_read = 1
    :: (g_st_state[i] == g_st_S_Draining && (g_st_v_buffered[i] == 0)) -> k_g_st_read = 2
    :: (g_st_state[i] == g_st_S_Closed && (true)) -> k_g_st_read = 2
    :: (g_st_state[i] == g_st_S_ResetSent && (true)) -> k_g_st_read = 2
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_st_v_buffered[i] <= pre_v_buffered_g_st_read);
  assert(g_st_v_buffered[i] == pre_v_buffered_g_st_read || (k_g_st_read == 0 && g_st_v_buffered[i] == pre_v_buffered_g_st_read - 1));
  #endif
  #ifdef P_no_read_after_closed
  assert(!((pre_s_g_st_read == g_st_S_Closed || pre_s_g_st_read == g_st_S_ResetSent) && k_g_st_read == 0));
  #endif
  if :: (ea_g_st_read_send_rst == 1) -> g_st_seen_no_data_after_cancel[i] = 1 :: else -> skip fi;
}
inline d_g_st_send_headers(i, tag) {
  pre_s_g_st_send_headers = g_st_state[i];
  pre_v_buffered_g_st_send_headers = g_st_v_buffered[i];
  pre_v_send_window_g_st_send_headers = g_st_v_send_window[i];
  em_g_st_send_headers = 0;
  ea_g_st_send_headers_send_rst = 0;
  if
  :: (tag != 255 && tag < g_st_gen[i]) -> k_g_st_send_headers = 4 /* stale */
  :: else ->
    if
    :: (g_st_state[i] == g_st_S_Idle && (true)) -> k_g_st_send_headers = 0; g_st_state[i] = g_st_S_Open
    :: (g_st_state[i] == g_st_S_ReservedLocal && (true)) -> k_g_st_send_headers = 0; g_st_state[i] = g_st_S_HalfClosedRemote
    :: (g_st_state[i] == g_st_S_ReservedRemote && (true)) -> k_g_st_send_headers = 2
    :: (g_st_state[i] == g_st_S_Open && (true)) -> k_g_st_send_headers = 0; g_st_state[i] = g_st_S_Open
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (true)) -> k_g_st_send_headers = 2
    :: (g_st_state[i] == g_st_S_HalfClosedRemote && (true)) -> k_g_st_send_headers = 0; g_st_state[i] = g_st_S_HalfClosedRemote
    :: (g_st_state[i] == g_st_S_Draining && (true)) -> k_g_st_send_headers = 2
    :: (g_st_state[i] == g_st_S_Closed && (true)) -> k_g_st_send_headers = 2
    :: (g_st_state[i] == g_st_S_ResetSent && (true)) -> k_g_st_send_headers = 2
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_st_v_buffered[i] <= pre_v_buffered_g_st_send_headers);
  assert(g_st_v_buffered[i] == pre_v_buffered_g_st_send_headers);
  #endif
  if :: (ea_g_st_send_headers_send_rst == 1) -> g_st_seen_no_data_after_cancel[i] = 1 :: else -> skip fi;
}
inline d_g_st_send_data(i, tag) {
  pre_s_g_st_send_data = g_st_state[i];
  pre_v_buffered_g_st_send_data = g_st_v_buffered[i];
  pre_v_send_window_g_st_send_data = g_st_v_send_window[i];
  em_g_st_send_data = 0;
  ea_g_st_send_data_send_rst = 0;
  if
  :: (tag != 255 && tag < g_st_gen[i]) -> k_g_st_send_data = 4 /* stale */
  :: else ->
    if
    :: (g_st_state[i] == g_st_S_Idle && (true)) -> k_g_st_send_data = 2
    :: (g_st_state[i] == g_st_S_ReservedLocal && (true)) -> k_g_st_send_data = 2
    :: (g_st_state[i] == g_st_S_ReservedRemote && (true)) -> k_g_st_send_data = 2
    :: (g_st_state[i] == g_st_S_Open && (g_st_v_send_window[i] > 0)) -> k_g_st_send_data = 0; g_st_v_send_window[i] = g_st_v_send_window[i] - (1); g_st_state[i] = g_st_S_Open
    :: (g_st_state[i] == g_st_S_Open && (g_st_v_send_window[i] == 0)) -> k_g_st_send_data = 2
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (true)) -> k_g_st_send_data = 2
    :: (g_st_state[i] == g_st_S_HalfClosedRemote && (g_st_v_send_window[i] > 0)) -> k_g_st_send_data = 0; g_st_v_send_window[i] = g_st_v_send_window[i] - (1); g_st_state[i] = g_st_S_HalfClosedRemote
    :: (g_st_state[i] == g_st_S_HalfClosedRemote && (g_st_v_send_window[i] == 0)) -> k_g_st_send_data = 2
    :: (g_st_state[i] == g_st_S_Draining && (true)) -> k_g_st_send_data = 2
    :: (g_st_state[i] == g_st_S_Closed && (true)) -> k_g_st_send_data = 2
    :: (g_st_state[i] == g_st_S_ResetSent && (true)) -> k_g_st_send_data = 2
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_st_v_buffered[i] <= pre_v_buffered_g_st_send_data);
  assert(g_st_v_buffered[i] == pre_v_buffered_g_st_send_data);
  #endif
  if :: (ea_g_st_send_data_send_rst == 1) -> g_st_seen_no_data_after_cancel[i] = 1 :: else -> skip fi;
}
inline d_g_st_send_end_stream(i, tag) {
  pre_s_g_st_send_end_stream = g_st_state[i];
  pre_v_buffered_g_st_send_end_stream = g_st_v_buffered[i];
  pre_v_send_window_g_st_send_end_stream = g_st_v_send_window[i];
  em_g_st_send_end_stream = 0;
  ea_g_st_send_end_stream_send_rst = 0;
  if
  :: (tag != 255 && tag < g_st_gen[i]) -> k_g_st_send_end_stream = 4 /* stale */
  :: else ->
    if
    :: (g_st_state[i] == g_st_S_Idle && (true)) -> k_g_st_send_end_stream = 2
    :: (g_st_state[i] == g_st_S_ReservedLocal && (true)) -> k_g_st_send_end_stream = 2
    :: (g_st_state[i] == g_st_S_ReservedRemote && (true)) -> k_g_st_send_end_stream = 2
    :: (g_st_state[i] == g_st_S_Open && (true)) -> k_g_st_send_end_stream = 0; g_st_state[i] = g_st_S_HalfClosedLocal
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (true)) -> k_g_st_send_end_stream = 2
    :: (g_st_state[i] == g_st_S_HalfClosedRemote && (g_st_v_buffered[i] == 0)) -> k_g_st_send_end_stream = 0; g_st_state[i] = g_st_S_Closed
    :: (g_st_state[i] == g_st_S_HalfClosedRemote && (g_st_v_buffered[i] > 0)) -> k_g_st_send_end_stream = 0; g_st_state[i] = g_st_S_Draining
    :: (g_st_state[i] == g_st_S_Draining && (true)) -> k_g_st_send_end_stream = 2
    :: (g_st_state[i] == g_st_S_Closed && (true)) -> k_g_st_send_end_stream = 2
    :: (g_st_state[i] == g_st_S_ResetSent && (true)) -> k_g_st_send_end_stream = 2
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_st_v_buffered[i] <= pre_v_buffered_g_st_send_end_stream);
  assert(g_st_v_buffered[i] == pre_v_buffered_g_st_send_end_stream);
  #endif
  if :: (ea_g_st_send_end_stream_send_rst == 1) -> g_st_seen_no_data_after_cancel[i] = 1 :: else -> skip fi;
}
inline d_g_st_cancel(i, tag) {
  pre_s_g_st_cancel = g_st_state[i];
  pre_v_buffered_g_st_cancel = g_st_v_buffered[i];
  pre_v_send_window_g_st_cancel = g_st_v_send_window[i];
  em_g_st_cancel = 0;
  ea_g_st_cancel_send_rst = 0;
  if
  :: (tag != 255 && tag < g_st_gen[i]) -> k_g_st_cancel = 4 /* stale */
  :: else ->
    if
    :: (g_st_state[i] == g_st_S_Idle && (true)) -> k_g_st_cancel = 2
    :: (g_st_state[i] == g_st_S_ReservedLocal && (true)) -> k_g_st_cancel = 2
    :: (g_st_state[i] == g_st_S_ReservedRemote && (true)) -> k_g_st_cancel = 2
    :: (g_st_state[i] == g_st_S_Open && (true)) -> k_g_st_cancel = 0; g_st_v_buffered[i] = 0; g_st_state[i] = g_st_S_ResetSent; em_g_st_cancel = 1; ea_g_st_cancel_send_rst = 1
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (true)) -> k_g_st_cancel = 0; g_st_v_buffered[i] = 0; g_st_state[i] = g_st_S_ResetSent; em_g_st_cancel = 1; ea_g_st_cancel_send_rst = 1
    :: (g_st_state[i] == g_st_S_HalfClosedRemote && (true)) -> k_g_st_cancel = 0; g_st_v_buffered[i] = 0; g_st_state[i] = g_st_S_Closed; em_g_st_cancel = 1; ea_g_st_cancel_send_rst = 1
    :: (g_st_state[i] == g_st_S_Draining && (true)) -> k_g_st_cancel = 0; g_st_v_buffered[i] = 0; g_st_state[i] = g_st_S_Closed; em_g_st_cancel = 1; ea_g_st_cancel_send_rst = 1
    :: (g_st_state[i] == g_st_S_Closed && (true)) -> k_g_st_cancel = 1
    :: (g_st_state[i] == g_st_S_ResetSent && (true)) -> k_g_st_cancel = 1
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_st_v_buffered[i] <= pre_v_buffered_g_st_cancel);
  #endif
  if :: (ea_g_st_cancel_send_rst == 1) -> g_st_seen_no_data_after_cancel[i] = 1 :: else -> skip fi;
}
inline d_g_conn_goaway(i, tag) {
  pre_s_g_conn_goaway = g_conn_state[i];
  pre_v_conn_window_g_conn_goaway = g_conn_v_conn_window[i];
  em_g_conn_goaway = 0;
  if
  :: (tag != 255 && tag < g_conn_gen[i]) -> k_g_conn_goaway = 4 /* stale */
  :: else ->
    if
    :: (g_conn_state[i] == g_conn_S_Preface && (true)) -> k_g_conn_goaway = 0; g_conn_state[i] = g_conn_S_Closed; em_g_conn_goaway = 1; d_g_st_connection_error(0, 255); d_g_st_connection_error(1, 255)
    :: (g_conn_state[i] == g_conn_S_Open && (true)) -> k_g_conn_goaway = 0; g_conn_state[i] = g_conn_S_GoingAway
    :: (g_conn_state[i] == g_conn_S_GoingAway && (true)) -> k_g_conn_goaway = 0; g_conn_state[i] = g_conn_S_GoingAway
    :: (g_conn_state[i] == g_conn_S_Closed && (true)) -> k_g_conn_goaway = 1
    fi
  fi;
}
inline d_g_st_connection_error(i, tag) {
  pre_s_g_st_connection_error = g_st_state[i];
  pre_v_buffered_g_st_connection_error = g_st_v_buffered[i];
  pre_v_send_window_g_st_connection_error = g_st_v_send_window[i];
  em_g_st_connection_error = 0;
  ea_g_st_connection_error_send_rst = 0;
  if
  :: (tag != 255 && tag < g_st_gen[i]) -> k_g_st_connection_error = 4 /* stale */
  :: else ->
    if
    :: (g_st_state[i] == g_st_S_Idle && (true)) -> k_g_st_connection_error = 1
    :: (g_st_state[i] == g_st_S_ReservedLocal && (true)) -> k_g_st_connection_error = 0; g_st_v_buffered[i] = 0; g_st_state[i] = g_st_S_Closed
    :: (g_st_state[i] == g_st_S_ReservedRemote && (true)) -> k_g_st_connection_error = 0; g_st_v_buffered[i] = 0; g_st_state[i] = g_st_S_Closed
    :: (g_st_state[i] == g_st_S_Open && (true)) -> k_g_st_connection_error = 0; g_st_v_buffered[i] = 0; g_st_state[i] = g_st_S_Closed
    :: (g_st_state[i] == g_st_S_HalfClosedLocal && (true)) -> k_g_st_connection_error = 0; g_st_v_buffered[i] = 0; g_st_state[i] = g_st_S_Closed
    :: (g_st_state[i] == g_st_S_HalfClosedRemote && (true)) -> k_g_st_connection_error = 0; g_st_v_buffered[i] = 0; g_st_state[i] = g_st_S_Closed
    :: (g_st_state[i] == g_st_S_Draining && (true)) -> k_g_st_connection_error = 0; g_st_v_buffered[i] = 0; g_st_state[i] = g_st_S_Closed
    :: (g_st_state[i] == g_st_S_Closed && (true)) -> k_g_st_connection_error = 1
    :: (g_st_state[i] == g_st_S_ResetSent && (true)) -> k_g_st_connection_error = 1
    fi
  fi;
  #ifdef P_no_silent_drop
  assert(g_st_v_buffered[i] <= pre_v_buffered_g_st_connection_error);
  #endif
  if :: (ea_g_st_connection_error_send_rst == 1) -> g_st_seen_no_data_after_cancel[i] = 1 :: else -> skip fi;
}
inline d_g_conn_credit(i, tag) {
  pre_s_g_conn_credit = g_conn_state[i];
  pre_v_conn_window_g_conn_credit = g_conn_v_conn_window[i];
  em_g_conn_credit = 0;
  if
  :: (tag != 255 && tag < g_conn_gen[i]) -> k_g_conn_credit = 4 /* stale */
  :: else ->
    if
    :: (g_conn_state[i] == g_conn_S_Preface && (true)) -> k_g_conn_credit = 2
    :: (g_conn_state[i] == g_conn_S_Open && (g_conn_v_conn_window[i] < 3)) -> k_g_conn_credit = 0; g_conn_v_conn_window[i] = g_conn_v_conn_window[i] + (1); g_conn_state[i] = g_conn_S_Open; em_g_conn_credit = 1
    :: (g_conn_state[i] == g_conn_S_Open && (g_conn_v_conn_window[i] == 3)) -> k_g_conn_credit = 2
    :: (g_conn_state[i] == g_conn_S_GoingAway && (g_conn_v_conn_window[i] < 3)) -> k_g_conn_credit = 0; g_conn_v_conn_window[i] = g_conn_v_conn_window[i] + (1); g_conn_state[i] = g_conn_S_GoingAway; em_g_conn_credit = 1
    :: (g_conn_state[i] == g_conn_S_GoingAway && (g_conn_v_conn_window[i] == 3)) -> k_g_conn_credit = 2
    :: (g_conn_state[i] == g_conn_S_Closed && (true)) -> k_g_conn_credit = 2
    fi
  fi;
}
inline d_g_conn_shutdown(i, tag) {
  pre_s_g_conn_shutdown = g_conn_state[i];
  pre_v_conn_window_g_conn_shutdown = g_conn_v_conn_window[i];
  em_g_conn_shutdown = 0;
  if
  :: (tag != 255 && tag < g_conn_gen[i]) -> k_g_conn_shutdown = 4 /* stale */
  :: else ->
    if
    :: (g_conn_state[i] == g_conn_S_Preface && (true)) -> k_g_conn_shutdown = 0; g_conn_state[i] = g_conn_S_Closed; em_g_conn_shutdown = 1; em_g_conn_shutdown = 1; d_g_st_connection_error(0, 255); d_g_st_connection_error(1, 255)
    :: (g_conn_state[i] == g_conn_S_Open && (true)) -> k_g_conn_shutdown = 0; g_conn_state[i] = g_conn_S_Closed; em_g_conn_shutdown = 1; em_g_conn_shutdown = 1; d_g_st_connection_error(0, 255); d_g_st_connection_error(1, 255)
    :: (g_conn_state[i] == g_conn_S_GoingAway && (true)) -> k_g_conn_shutdown = 0; g_conn_state[i] = g_conn_S_Closed; em_g_conn_shutdown = 1; em_g_conn_shutdown = 1; d_g_st_connection_error(0, 255); d_g_st_connection_error(1, 255)
    :: (g_conn_state[i] == g_conn_S_Closed && (true)) -> k_g_conn_shutdown = 1
    fi
  fi;
}
inline d_g_conn_conduit_break(i, tag) {
  pre_s_g_conn_conduit_break = g_conn_state[i];
  pre_v_conn_window_g_conn_conduit_break = g_conn_v_conn_window[i];
  em_g_conn_conduit_break = 0;
  if
  :: (tag != 255 && tag < g_conn_gen[i]) -> k_g_conn_conduit_break = 4 /* stale */
  :: else ->
    if
    :: (g_conn_state[i] == g_conn_S_Preface && (true)) -> k_g_conn_conduit_break = 0; g_conn_state[i] = g_conn_S_Closed; em_g_conn_conduit_break = 1; d_g_st_connection_error(0, 255); d_g_st_connection_error(1, 255)
    :: (g_conn_state[i] == g_conn_S_Open && (true)) -> k_g_conn_conduit_break = 0; g_conn_state[i] = g_conn_S_Closed; em_g_conn_conduit_break = 1; d_g_st_connection_error(0, 255); d_g_st_connection_error(1, 255)
    :: (g_conn_state[i] == g_conn_S_GoingAway && (true)) -> k_g_conn_conduit_break = 0; g_conn_state[i] = g_conn_S_Closed; em_g_conn_conduit_break = 1; d_g_st_connection_error(0, 255); d_g_st_connection_error(1, 255)
    :: (g_conn_state[i] == g_conn_S_Closed && (true)) -> k_g_conn_conduit_break = 1
    fi
  fi;
}
byte pre_s_g_conn_settings, em_g_conn_settings, k_g_conn_settings, pre_v_conn_window_g_conn_settings, pre_s_g_st_headers, em_g_st_headers, k_g_st_headers, pre_v_buffered_g_st_headers, pre_v_send_window_g_st_headers, ea_g_st_headers_send_rst, pre_s_g_st_headers_end, em_g_st_headers_end, k_g_st_headers_end, pre_v_buffered_g_st_headers_end, pre_v_send_window_g_st_headers_end, ea_g_st_headers_end_send_rst, pre_s_g_st_push_promise, em_g_st_push_promise, k_g_st_push_promise, pre_v_buffered_g_st_push_promise, pre_v_send_window_g_st_push_promise, ea_g_st_push_promise_send_rst, pre_s_g_st_data, em_g_st_data, k_g_st_data, pre_v_buffered_g_st_data, pre_v_send_window_g_st_data, ea_g_st_data_send_rst, pre_s_g_st_end_stream, em_g_st_end_stream, k_g_st_end_stream, pre_v_buffered_g_st_end_stream, pre_v_send_window_g_st_end_stream, ea_g_st_end_stream_send_rst, pre_s_g_st_rst_stream, em_g_st_rst_stream, k_g_st_rst_stream, pre_v_buffered_g_st_rst_stream, pre_v_send_window_g_st_rst_stream, ea_g_st_rst_stream_send_rst, pre_s_g_st_window_update, em_g_st_window_update, k_g_st_window_update, pre_v_buffered_g_st_window_update, pre_v_send_window_g_st_window_update, ea_g_st_window_update_send_rst, pre_s_g_st_priority, em_g_st_priority, k_g_st_priority, pre_v_buffered_g_st_priority, pre_v_send_window_g_st_priority, ea_g_st_priority_send_rst, pre_s_g_st_read, em_g_st_read, k_g_st_read, pre_v_buffered_g_st_read, pre_v_send_window_g_st_read, ea_g_st_read_send_rst, pre_s_g_st_send_headers, em_g_st_send_headers, k_g_st_send_headers, pre_v_buffered_g_st_send_headers, pre_v_send_window_g_st_send_headers, ea_g_st_send_headers_send_rst, pre_s_g_st_send_data, em_g_st_send_data, k_g_st_send_data, pre_v_buffered_g_st_send_data, pre_v_send_window_g_st_send_data, ea_g_st_send_data_send_rst, pre_s_g_st_send_end_stream, em_g_st_send_end_stream, k_g_st_send_end_stream, pre_v_buffered_g_st_send_end_stream, pre_v_send_window_g_st_send_end_stream, ea_g_st_send_end_stream_send_rst, pre_s_g_st_cancel, em_g_st_cancel, k_g_st_cancel, pre_v_buffered_g_st_cancel, pre_v_send_window_g_st_cancel, ea_g_st_cancel_send_rst, pre_s_g_conn_goaway, em_g_conn_goaway, k_g_conn_goaway, pre_v_conn_window_g_conn_goaway, pre_s_g_st_connection_error, em_g_st_connection_error, k_g_st_connection_error, pre_v_buffered_g_st_connection_error, pre_v_send_window_g_st_connection_error, ea_g_st_connection_error_send_rst, pre_s_g_conn_credit, em_g_conn_credit, k_g_conn_credit, pre_v_conn_window_g_conn_credit, pre_s_g_conn_shutdown, em_g_conn_shutdown, k_g_conn_shutdown, pre_v_conn_window_g_conn_shutdown, pre_s_g_conn_conduit_break, em_g_conn_conduit_break, k_g_conn_conduit_break, pre_v_conn_window_g_conn_conduit_break;
inline clear_scratch() {
  pre_s_g_conn_settings = 0;
  em_g_conn_settings = 0;
  k_g_conn_settings = 0;
  pre_v_conn_window_g_conn_settings = 0;
  pre_s_g_st_headers = 0;
  em_g_st_headers = 0;
  k_g_st_headers = 0;
  pre_v_buffered_g_st_headers = 0;
  pre_v_send_window_g_st_headers = 0;
  ea_g_st_headers_send_rst = 0;
  pre_s_g_st_headers_end = 0;
  em_g_st_headers_end = 0;
  k_g_st_headers_end = 0;
  pre_v_buffered_g_st_headers_end = 0;
  pre_v_send_window_g_st_headers_end = 0;
  ea_g_st_headers_end_send_rst = 0;
  pre_s_g_st_push_promise = 0;
  em_g_st_push_promise = 0;
  k_g_st_push_promise = 0;
  pre_v_buffered_g_st_push_promise = 0;
  pre_v_send_window_g_st_push_promise = 0;
  ea_g_st_push_promise_send_rst = 0;
  pre_s_g_st_data = 0;
  em_g_st_data = 0;
  k_g_st_data = 0;
  pre_v_buffered_g_st_data = 0;
  pre_v_send_window_g_st_data = 0;
  ea_g_st_data_send_rst = 0;
  pre_s_g_st_end_stream = 0;
  em_g_st_end_stream = 0;
  k_g_st_end_stream = 0;
  pre_v_buffered_g_st_end_stream = 0;
  pre_v_send_window_g_st_end_stream = 0;
  ea_g_st_end_stream_send_rst = 0;
  pre_s_g_st_rst_stream = 0;
  em_g_st_rst_stream = 0;
  k_g_st_rst_stream = 0;
  pre_v_buffered_g_st_rst_stream = 0;
  pre_v_send_window_g_st_rst_stream = 0;
  ea_g_st_rst_stream_send_rst = 0;
  pre_s_g_st_window_update = 0;
  em_g_st_window_update = 0;
  k_g_st_window_update = 0;
  pre_v_buffered_g_st_window_update = 0;
  pre_v_send_window_g_st_window_update = 0;
  ea_g_st_window_update_send_rst = 0;
  pre_s_g_st_priority = 0;
  em_g_st_priority = 0;
  k_g_st_priority = 0;
  pre_v_buffered_g_st_priority = 0;
  pre_v_send_window_g_st_priority = 0;
  ea_g_st_priority_send_rst = 0;
  pre_s_g_st_read = 0;
  em_g_st_read = 0;
  k_g_st_read = 0;
  pre_v_buffered_g_st_read = 0;
  pre_v_send_window_g_st_read = 0;
  ea_g_st_read_send_rst = 0;
  pre_s_g_st_send_headers = 0;
  em_g_st_send_headers = 0;
  k_g_st_send_headers = 0;
  pre_v_buffered_g_st_send_headers = 0;
  pre_v_send_window_g_st_send_headers = 0;
  ea_g_st_send_headers_send_rst = 0;
  pre_s_g_st_send_data = 0;
  em_g_st_send_data = 0;
  k_g_st_send_data = 0;
  pre_v_buffered_g_st_send_data = 0;
  pre_v_send_window_g_st_send_data = 0;
  ea_g_st_send_data_send_rst = 0;
  pre_s_g_st_send_end_stream = 0;
  em_g_st_send_end_stream = 0;
  k_g_st_send_end_stream = 0;
  pre_v_buffered_g_st_send_end_stream = 0;
  pre_v_send_window_g_st_send_end_stream = 0;
  ea_g_st_send_end_stream_send_rst = 0;
  pre_s_g_st_cancel = 0;
  em_g_st_cancel = 0;
  k_g_st_cancel = 0;
  pre_v_buffered_g_st_cancel = 0;
  pre_v_send_window_g_st_cancel = 0;
  ea_g_st_cancel_send_rst = 0;
  pre_s_g_conn_goaway = 0;
  em_g_conn_goaway = 0;
  k_g_conn_goaway = 0;
  pre_v_conn_window_g_conn_goaway = 0;
  pre_s_g_st_connection_error = 0;
  em_g_st_connection_error = 0;
  k_g_st_connection_error = 0;
  pre_v_buffered_g_st_connection_error = 0;
  pre_v_send_window_g_st_connection_error = 0;
  ea_g_st_connection_error_send_rst = 0;
  pre_s_g_conn_credit = 0;
  em_g_conn_credit = 0;
  k_g_conn_credit = 0;
  pre_v_conn_window_g_conn_credit = 0;
  pre_s_g_conn_shutdown = 0;
  em_g_conn_shutdown = 0;
  k_g_conn_shutdown = 0;
  pre_v_conn_window_g_conn_shutdown = 0;
  pre_s_g_conn_conduit_break = 0;
  em_g_conn_conduit_break = 0;
  k_g_conn_conduit_break = 0;
  pre_v_conn_window_g_conn_conduit_break = 0;
}
inline invariants() {
  skip;
#ifdef P_windows
  assert(!(true) || (g_conn_v_conn_window[0] >= 0 && g_st_v_send_window[0] >= 0 && g_st_v_buffered[0] <= 2));
  assert(!(true) || (g_conn_v_conn_window[0] >= 0 && g_st_v_send_window[1] >= 0 && g_st_v_buffered[1] <= 2));
#endif
}

active proctype env() {
  do
  :: d_step { (g_conn_state[0] == g_conn_S_Preface) && g_conn_gen[0] == gen -> d_g_conn_settings(0, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_conn_state[0] == g_conn_S_Open || g_conn_state[0] == g_conn_S_GoingAway) && g_st_gen[0] == gen -> budget0--; d_g_st_headers(0, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_conn_state[0] == g_conn_S_Open || g_conn_state[0] == g_conn_S_GoingAway) && g_st_gen[0] == gen -> budget0--; d_g_st_headers_end(0, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_conn_state[0] == g_conn_S_Open || g_conn_state[0] == g_conn_S_GoingAway) && g_st_gen[0] == gen -> budget0--; d_g_st_push_promise(0, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_conn_state[0] == g_conn_S_Open || g_conn_state[0] == g_conn_S_GoingAway) && g_st_gen[0] == gen -> budget0--; d_g_st_data(0, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_conn_state[0] == g_conn_S_Open || g_conn_state[0] == g_conn_S_GoingAway) && g_st_gen[0] == gen -> budget0--; d_g_st_end_stream(0, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_conn_state[0] == g_conn_S_Open || g_conn_state[0] == g_conn_S_GoingAway) && g_st_gen[0] == gen -> budget0--; d_g_st_rst_stream(0, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_conn_state[0] == g_conn_S_Open || g_conn_state[0] == g_conn_S_GoingAway) && g_st_gen[0] == gen -> budget0--; d_g_st_window_update(0, gen, 1); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_conn_state[0] == g_conn_S_Open || g_conn_state[0] == g_conn_S_GoingAway) && g_st_gen[0] == gen -> budget0--; d_g_st_window_update(0, gen, 2); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_conn_state[0] == g_conn_S_Open || g_conn_state[0] == g_conn_S_GoingAway) && g_st_gen[0] == gen -> budget0--; d_g_st_priority(0, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_conn_state[0] == g_conn_S_Open || g_conn_state[0] == g_conn_S_GoingAway) && g_st_gen[1] == gen -> budget0--; d_g_st_headers(1, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_conn_state[0] == g_conn_S_Open || g_conn_state[0] == g_conn_S_GoingAway) && g_st_gen[1] == gen -> budget0--; d_g_st_headers_end(1, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_conn_state[0] == g_conn_S_Open || g_conn_state[0] == g_conn_S_GoingAway) && g_st_gen[1] == gen -> budget0--; d_g_st_push_promise(1, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_conn_state[0] == g_conn_S_Open || g_conn_state[0] == g_conn_S_GoingAway) && g_st_gen[1] == gen -> budget0--; d_g_st_data(1, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_conn_state[0] == g_conn_S_Open || g_conn_state[0] == g_conn_S_GoingAway) && g_st_gen[1] == gen -> budget0--; d_g_st_end_stream(1, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_conn_state[0] == g_conn_S_Open || g_conn_state[0] == g_conn_S_GoingAway) && g_st_gen[1] == gen -> budget0--; d_g_st_rst_stream(1, gen); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_conn_state[0] == g_conn_S_Open || g_conn_state[0] == g_conn_S_GoingAway) && g_st_gen[1] == gen -> budget0--; d_g_st_window_update(1, gen, 1); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_conn_state[0] == g_conn_S_Open || g_conn_state[0] == g_conn_S_GoingAway) && g_st_gen[1] == gen -> budget0--; d_g_st_window_update(1, gen, 2); invariants(); clear_scratch() }
  :: d_step { budget0 > 0 && (g_conn_state[0] == g_conn_S_Open || g_conn_state[0] == g_conn_S_GoingAway) && g_st_gen[1] == gen -> budget0--; d_g_st_priority(1, gen); invariants(); clear_scratch() }
  :: d_step { true -> d_g_st_read(0, 255); invariants(); clear_scratch() }
  :: d_step { true -> d_g_st_send_headers(0, 255); invariants(); clear_scratch() }
  :: d_step { true -> d_g_st_send_data(0, 255); invariants(); clear_scratch() }
  :: d_step { true -> d_g_st_send_end_stream(0, 255); invariants(); clear_scratch() }
  :: d_step { true -> d_g_st_cancel(0, 255); invariants(); clear_scratch() }
  :: d_step { true -> d_g_st_read(1, 255); invariants(); clear_scratch() }
  :: d_step { true -> d_g_st_send_headers(1, 255); invariants(); clear_scratch() }
  :: d_step { true -> d_g_st_send_data(1, 255); invariants(); clear_scratch() }
  :: d_step { true -> d_g_st_send_end_stream(1, 255); invariants(); clear_scratch() }
  :: d_step { true -> d_g_st_cancel(1, 255); invariants(); clear_scratch() }
  :: d_step { budget1 > 0 && (g_conn_state[0] == g_conn_S_Open) && g_conn_gen[0] == gen -> budget1--; d_g_conn_goaway(0, gen); invariants(); clear_scratch() }
  :: d_step { true -> d_g_conn_credit(0, 255); invariants(); clear_scratch() }
  :: d_step { budget2 > 0 -> budget2--; d_g_conn_shutdown(0, 255); invariants(); clear_scratch() }
  :: d_step { budget2 > 0 && g_conn_gen[0] == gen -> budget2--; d_g_conn_conduit_break(0, gen); invariants(); clear_scratch() }
  od
}
