package io.newsdesk.answer;

/** TEMPORARY tuning knobs (removed before commit). */
final class Knobs {
  private Knobs() {}

  static double get(String name, double fallback) {
    String v = System.getProperty("knob." + name);
    return v == null ? fallback : Double.parseDouble(v);
  }
}
