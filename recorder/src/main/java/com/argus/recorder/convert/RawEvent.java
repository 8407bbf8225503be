package com.argus.recorder.convert;

import com.argus.engine.spec.DialogAnswer;
import com.argus.engine.spec.FrameRef;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One thing that happened while recording, before it becomes a step: an event the injected
 * script reported (click, fill, pageload ...) or one the Java side saw (dialog, popup, page closed).
 *
 * <p>Immutable. {@link #data()} holds the script's JSON as sent; it never contains the value of a
 * secret field, because the script does not send one.
 *
 * @param kind what happened: click, dblclick, rightclick, fill, type, press, select, check, uncheck,
 *     hover, drag, upload, assert, warning, pageload, pushstate, popstate, and from Java: open,
 *     dialog, popup, pageclose
 * @param page the name of the tab it happened in ({@code main} or a popup's name)
 * @param frames the frame path from the page to the event's document, outermost first
 * @param timestamp epoch milliseconds
 * @param data the event's fields
 */
public record RawEvent(String kind, String page, List<FrameRef> frames, long timestamp, JsonNode data) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public RawEvent {
    frames = frames == null ? List.of() : List.copyOf(frames);
  }

  /** An event the script sent: its JSON text, in the given page and frame path. */
  public static RawEvent fromScript(String json, String page, List<FrameRef> frames) {
    try {
      JsonNode node = JSON.readTree(json);
      long ts = node.path("ts").asLong(System.currentTimeMillis());
      return new RawEvent(node.path("kind").asText("unknown"), page, frames, ts, node);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("not a recorder event: " + e.getMessage(), e);
    }
  }

  /** The recording opened {@code url} in {@code page} itself (the start URL). */
  public static RawEvent open(String page, String url, long timestamp) {
    return java(page, "open", timestamp).put("url", url).build();
  }

  /** A native dialog was shown in {@code page} and answered. */
  public static RawEvent dialog(String page, String type, String message, DialogAnswer answer, long timestamp) {
    Builder b = java(page, "dialog", timestamp).put("type", type).put("message", message)
        .put("accept", answer.accept());
    if (answer.promptText() != null) {
      b.put("promptText", answer.promptText());
    }
    return b.build();
  }

  /** {@code page} was opened by {@code opener} (a popup or a link to a new tab). */
  public static RawEvent popup(String page, String opener, long timestamp) {
    return java(page, "popup", timestamp).put("opener", opener).build();
  }

  /** {@code page} was closed. */
  public static RawEvent pageClosed(String page, long timestamp) {
    return java(page, "pageclose", timestamp).build();
  }

  public String text(String field) {
    JsonNode n = data.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  public boolean flag(String field) {
    return data.path(field).asBoolean(false);
  }

  private static Builder java(String page, String kind, long ts) {
    return new Builder(page, kind, ts);
  }

  private static final class Builder {
    private final String page;
    private final String kind;
    private final long ts;
    private final ObjectNode node = JSON.createObjectNode();

    Builder(String page, String kind, long ts) {
      this.page = page;
      this.kind = kind;
      this.ts = ts;
      node.put("kind", kind);
      node.put("ts", ts);
    }

    Builder put(String k, String v) {
      node.put(k, v);
      return this;
    }

    Builder put(String k, boolean v) {
      node.put(k, v);
      return this;
    }

    RawEvent build() {
      return new RawEvent(kind, page, List.of(), ts, node);
    }
  }
}
