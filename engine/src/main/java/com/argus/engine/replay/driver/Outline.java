package com.argus.engine.replay.driver;

/**
 * A screenshot with one element outlined, for heal evidence: a person reviewing a heal sees which
 * element Argus chose. The outline is a temporary overlay box drawn around the element (not a change
 * to the element's own style, which the page's CSS could override or animate), removed right after
 * the screenshot.
 *
 * @param png the viewport screenshot with the outline
 * @param x left edge of the element in image pixels
 * @param y top edge of the element in image pixels
 * @param width the element's width in image pixels
 * @param height the element's height in image pixels
 *
 * <p>Immutable (the array is not copied; do not change it).
 */
public record Outline(byte[] png, int x, int y, int width, int height) {
  /** The outline colour, magenta: rare on real pages, so a reader (and a test) finds the box at once. */
  public static final int RGB = 0xFF00FF;

  /** The outline's thickness in CSS pixels, drawn outside the element's box. */
  public static final int BORDER_PX = 4;

  static final String ID = "__argus_heal_outline";

  /** Page script: draws the overlay at viewport box {@code b = {x, y, w, h}}. */
  public static final String ADD_SCRIPT = "(b) => { const d = document.createElement('div'); d.id = '" + ID + "';"
      + " d.style.cssText = 'position:fixed;pointer-events:none;z-index:2147483647;box-sizing:border-box;"
      + "border:" + BORDER_PX + "px solid #ff00ff;background:transparent;margin:0;padding:0;';"
      + " d.style.left = (b.x - " + BORDER_PX + ") + 'px'; d.style.top = (b.y - " + BORDER_PX + ") + 'px';"
      + " d.style.width = (b.w + " + 2 * BORDER_PX + ") + 'px'; d.style.height = (b.h + " + 2 * BORDER_PX + ") + 'px';"
      + " document.documentElement.appendChild(d); return window.devicePixelRatio || 1; }";

  /** Page script: removes the overlay. */
  public static final String REMOVE_SCRIPT = "() => { const d = document.getElementById('" + ID + "'); if (d) d.remove(); }";
}
