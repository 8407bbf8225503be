package com.argus.app.cli;

import static com.argus.app.cli.SpecCommandTest.argus;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.cli.SpecCommandTest.Result;
import com.argus.demo.DemoServer;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.SpecVersion;
import com.argus.engine.spec.format.SpecFormat;
import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review loop from the command line: a spec written for demo v1 runs on v2 with {@code --heal
 * review}, the heals wait in the queue, approving one rewrites the spec, rejecting one keeps it.
 */
class HealsCommandIT {
  @TempDir Path dir;

  @Test
  void reviewQueueApprovesIntoTheSpecAndRejectsWithoutTouchingIt() throws Exception {
    Path specs = Files.createDirectories(dir.resolve("specs"));
    Path spec = specs.resolve("login.spec.yaml");
    Files.copy(Path.of("../engine/src/test/resources/replay/heal-login.spec.yaml"), spec);
    String home = dir.resolve("home").toString();
    Files.createDirectories(dir.resolve("home"));
    Files.writeString(dir.resolve("home/secrets.properties"), "password=demo123\n");
    try (DemoServer demo = DemoServer.start("v1", 0)) {
      argus("--home", home, "project", "create", "shop", "--base-url", demo.baseUri().toString(), "--specs", specs.toString());
      Result v1 = argus("--home", home, "run", "--project", "shop");
      assertThat(v1.exit()).as(v1.out()).isZero();

      demo.useVersion("v2");
      Result off = argus("--home", home, "run", "--project", "shop");
      assertThat(off.exit()).isEqualTo(1);
      Result review = argus("--home", home, "run", "--project", "shop", "--heal", "review");
      assertThat(review.exit()).as(review.out()).isZero();

      Result pending = argus("--home", home, "heals", "list");
      assertThat(pending.out()).contains("pending").contains("id=password");
      long first = Long.parseLong(pending.out().lines().filter(l -> l.contains("id=password")).findFirst().orElseThrow()
          .trim().split("\\s+")[0]);
      assertThat(argus("--home", home, "heals", "show", String.valueOf(first)).out()).contains("failure type");

      Result approved = argus("--home", home, "heals", "approve", String.valueOf(first));
      assertThat(approved.exit()).as(approved.err()).isZero();
      var pass = SpecFormat.read(spec).step("pass").orElseThrow().target();
      assertThat(pass.primary().strategy()).isNotEqualTo(LocatorStrategy.ID);
      assertThat(pass.candidates()).anySatisfy(l -> assertThat(l.value()).isEqualTo("password"));
      assertThat(history(home, "shop", "login.spec.yaml")).first().as("the approval is in the spec's history")
          .satisfies(v -> {
            assertThat(v.author()).isEqualTo("healer");
            assertThat(v.comment()).contains("heal " + first + " approved");
            assertThat(v.content()).isEqualTo(Files.readString(spec));
          });

      String before = Files.readString(spec);
      pending.out().lines().filter(l -> l.contains("pending") && !l.contains("id=password")).findFirst().ifPresent(l -> {
        Result rejected = argus("--home", home, "heals", "reject", l.trim().split("\\s+")[0]);
        assertThat(rejected.exit()).isZero();
      });
      assertThat(Files.readString(spec)).isEqualTo(before);
      assertThat(argus("--home", home, "heals", "approve", "999999").exit()).isEqualTo(2);
    }
  }

  @Test
  void healAutoKeepsItsRewriteInTheSpecHistoryAsTheHealers() throws Exception {
    Path specs = Files.createDirectories(dir.resolve("specs"));
    Path spec = specs.resolve("login.spec.yaml");
    Files.copy(Path.of("../engine/src/test/resources/replay/heal-login.spec.yaml"), spec);
    String home = dir.resolve("home").toString();
    Files.createDirectories(dir.resolve("home"));
    Files.writeString(dir.resolve("home/secrets.properties"), "password=demo123\n");
    try (DemoServer demo = DemoServer.start("v1", 0)) {
      argus("--home", home, "project", "create", "shop", "--base-url", demo.baseUri().toString(), "--specs", specs.toString());
      assertThat(argus("--home", home, "run", "--project", "shop").exit()).isZero();

      demo.useVersion("v2");
      Result auto = argus("--home", home, "run", "--project", "shop", "--heal", "auto");

      assertThat(auto.out()).contains("spec updated");
      assertThat(SpecFormat.read(spec).step("pass").orElseThrow().target().primary().strategy()).isNotEqualTo(LocatorStrategy.ID);
      assertThat(history(home, "shop", "login.spec.yaml")).as(auto.out()).first().satisfies(v -> {
        assertThat(v.author()).isEqualTo("healer");
        assertThat(v.comment()).contains("heal auto").contains("step pass");
        assertThat(v.content()).isEqualTo(Files.readString(spec));
      });
    }
  }

  private static List<SpecVersion> history(String home, String project, String key) {
    try (Workspace ws = Workspace.open(ArgusHome.at(Path.of(home)))) {
      return ws.specs().history(ws.projects().findByName(project).orElseThrow().id(), key);
    }
  }
}
