package com.argus.engine.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.engine.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserDiscoveryTest {
  @TempDir
  Path dir;

  private Path executable(String name) throws Exception {
    Path file = Files.createFile(dir.resolve(name), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    return file;
  }

  @Test
  void prefersTheSettingThenTheEnvironmentThenTheWellKnownPathThenPath() throws Exception {
    Path setting = executable("from-setting");
    Path env = executable("from-env");
    Path wellKnown = executable("chromium-well-known");
    Path onPath = executable("google-chrome");

    assertThat(new BrowserDiscovery(Map.of("ARGUS_BROWSER", env.toString()), wellKnown).find(Optional.of(setting.toString())))
        .isEqualTo(setting);
    assertThat(new BrowserDiscovery(Map.of("ARGUS_BROWSER", env.toString()), wellKnown).find(Optional.empty())).isEqualTo(env);
    assertThat(new BrowserDiscovery(Map.of(), wellKnown).find(Optional.empty())).isEqualTo(wellKnown);
    assertThat(new BrowserDiscovery(Map.of("PATH", dir.toString()), dir.resolve("none")).find(Optional.empty())).isEqualTo(onPath);
  }

  @Test
  void namesTheInstallCommandWhenThereIsNoBrowser() {
    assertThatThrownBy(() -> new BrowserDiscovery(Map.of("PATH", dir.toString()), dir.resolve("none")).find(Optional.empty()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("install with `apt-get install -y chromium`");
  }
}
