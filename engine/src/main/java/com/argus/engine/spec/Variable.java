package com.argus.engine.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A named value steps refer to as {@code ${name}}. A secret variable never has its value in the
 * file: it comes from the environment ({@code ARGUS_SECRET_<NAME>}) or the local secrets file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "value", "secret"})
public record Variable(String name, String value, Boolean secret) {
  public static Variable plain(String name, String value) {
    return new Variable(name, value, null);
  }

  public static Variable secret(String name) {
    return new Variable(name, null, Boolean.TRUE);
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isSecret() {
    return Boolean.TRUE.equals(secret);
  }
}
