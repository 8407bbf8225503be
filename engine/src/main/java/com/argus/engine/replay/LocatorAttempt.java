package com.argus.engine.replay;

/**
 * One locator candidate tried for a step, and how many elements it matched at the last look.
 *
 * @param rank 0 for the primary candidate
 * @param locator the short form, e.g. {@code role=button[name="Sign in"]}
 * @param matched elements matched; -1 when not tried
 */
public record LocatorAttempt(int rank, String locator, int matched) {}
