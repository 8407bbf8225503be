package com.argus.engine.archviolation.a;

import com.argus.engine.archviolation.b.PointsBack;

/** Deliberately breaks the engine rules, so the architecture test can show that it notices. */
public class UsesJdbcAndFx {
  java.sql.Connection connection;
  javafx.scene.control.Label label;
  PointsBack back;
}
