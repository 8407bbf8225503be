package com.argus.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.engine.ArgusException;
import com.argus.engine.audit.AuditEntry;
import com.argus.engine.audit.AuditLog;
import com.argus.store.ArgusHome;
import com.argus.store.TickingClock;
import com.argus.store.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerbyAuditLogTest {
  @TempDir Path tmp;
  private Workspace ws;
  private AuditLog audit;

  @BeforeEach
  void open() {
    ws = Workspace.open(ArgusHome.at(tmp.resolve("home")), TickingClock.startingAt("2025-03-01T10:00:00Z"));
    audit = ws.audit();
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void latestEntriesComeNewestFirstAndLimited() {
    audit.record("ana", "heal.approve", "login.spec.yaml#s3", "getByText('Log in') -> getByTestId('login')");
    audit.record("ana", "spec.delete", "old.spec.yaml", null);
    audit.record("argus", "heal.apply", "cart.spec.yaml#s1", "confidence 0.97");

    assertThat(audit.latest(2)).extracting(AuditEntry::action).containsExactly("heal.apply", "spec.delete");
    AuditEntry oldest = audit.latest(10).get(2);
    assertThat(oldest.at()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
    assertThat(oldest.actor()).isEqualTo("ana");
    assertThat(oldest.subject()).isEqualTo("login.spec.yaml#s3");
    assertThat(oldest.detail()).isEqualTo("getByText('Log in') -> getByTestId('login')");
    assertThat(audit.latest(0)).isEmpty();
  }

  @Test
  void longLabelsAreClippedRatherThanLosingTheEntry() {
    audit.record("ana", "import", "s".repeat(5000), "d".repeat(100_000));

    AuditEntry entry = audit.latest(1).get(0);
    assertThat(entry.subject()).hasSize(2000);
    assertThat(entry.detail()).hasSize(100_000);
  }

  @Test
  void anEntryNeedsAnActorAndAnAction() {
    assertThatThrownBy(() -> audit.record(" ", "x", null, null)).isInstanceOf(ArgusException.class);
    assertThatThrownBy(() -> audit.record("ana", null, null, null)).isInstanceOf(ArgusException.class);
  }
}
