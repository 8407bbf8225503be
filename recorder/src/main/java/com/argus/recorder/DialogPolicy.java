package com.argus.recorder;

import com.argus.engine.spec.DialogAnswer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Answers a native dialog ({@code alert}, {@code confirm}, {@code prompt}, {@code beforeunload})
 * shown while recording. An automated browser cannot leave a dialog to the page, so someone must
 * answer it: the workbench asks the person (it may block until they choose), the command line
 * accepts, a test scripts the answers. Whatever is answered is what the {@code dialog} step records.
 *
 * <p>Called on the recorder's browser thread; implementations that ask a person hop to their own
 * UI thread and wait. The page is frozen until the answer comes.
 */
@FunctionalInterface
public interface DialogPolicy {
  /** A dialog to answer: its type, message, the prompt's default text, and the page showing it. */
  record Request(String type, String message, String defaultValue, String page) {}

  DialogAnswer answer(Request request);

  /** OK to everything; a prompt gets its default text. */
  static DialogPolicy acceptAll() {
    return r -> new DialogAnswer(true, "prompt".equals(r.type()) ? r.defaultValue() : null, null);
  }

  /** Cancel to everything (an alert can only be closed, which is recorded as accepted). */
  static DialogPolicy dismissAll() {
    return r -> new DialogAnswer("alert".equals(r.type()), null, null);
  }

  /** These answers in order, then {@link #acceptAll()}. */
  static DialogPolicy scripted(DialogAnswer... answers) {
    Deque<DialogAnswer> queue = new ArrayDeque<>(Arrays.asList(answers));
    DialogPolicy fallback = acceptAll();
    return r -> {
      synchronized (queue) {
        DialogAnswer next = queue.poll();
        return next != null ? next : fallback.answer(r);
      }
    };
  }
}
