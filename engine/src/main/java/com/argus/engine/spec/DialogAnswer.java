package com.argus.engine.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How the next native dialog ({@code alert}, {@code confirm}, {@code prompt}, {@code beforeunload})
 * is answered. A {@code dialog} step arms the answer before the step that opens the dialog, the way
 * browsers require it.
 *
 * @param accept accept (OK) or dismiss (Cancel)
 * @param promptText the text typed into a {@code prompt()}; absent for other dialogs
 * @param message the dialog's message when recorded, checked on replay when present
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"accept", "promptText", "message"})
public record DialogAnswer(boolean accept, String promptText, String message) {}
