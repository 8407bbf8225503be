package com.argus.archfixture.engine;

import com.argus.archfixture.store.StoreThing;

/** An "engine" class that breaks the engine rules, so the architecture test can show they notice. */
public class UsesJdbcAndFx {
  java.sql.Connection connection;
  javafx.scene.control.Label label;
  StoreThing store;
}
