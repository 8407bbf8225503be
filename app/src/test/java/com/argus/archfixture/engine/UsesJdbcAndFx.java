package com.argus.archfixture.engine;

/** An "engine" class that breaks the engine rules, so the architecture test can show they notice. */
public class UsesJdbcAndFx {
  java.sql.Connection connection;
  javafx.scene.control.Label label;
  com.argus.archfixture.store.StoreThing store;
}
