package com.argus.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.Target;
import org.junit.jupiter.api.Test;

class PwLocatorTest {
  static PwLocator map(Locator l) {
    return PwLocator.map(l, "data-testid").orElseThrow();
  }

  @Test
  void mapsEachStrategyToPlaywrightsVocabulary() {
    assertThat(map(Locator.testId("data-testid", "save"))).isEqualTo(new PwLocator("getByTestId", "save", null, false));
    assertThat(map(Locator.role("button", "Save"))).isEqualTo(new PwLocator("getByRole", "button", "Save", false));
    assertThat(map(new Locator(LocatorStrategy.LABEL, "Email", null, null, true)))
        .isEqualTo(new PwLocator("getByLabel", "Email", null, true));
    assertThat(map(Locator.of(LocatorStrategy.PLACEHOLDER, "Search")).method()).isEqualTo("getByPlaceholder");
    assertThat(map(Locator.of(LocatorStrategy.ALT, "Logo")).method()).isEqualTo("getByAltText");
    assertThat(map(Locator.of(LocatorStrategy.TITLE, "Help")).method()).isEqualTo("getByTitle");
    assertThat(map(Locator.of(LocatorStrategy.TEXT, "More")).method()).isEqualTo("getByText");
    assertThat(map(Locator.of(LocatorStrategy.CSS, ".card")).value()).isEqualTo(".card");
    assertThat(map(Locator.of(LocatorStrategy.XPATH, "//a")).value()).isEqualTo("xpath=//a");
  }

  @Test
  void idsBecomeHashSelectorsWhenTheyAreCssIdentifiers() {
    assertThat(map(Locator.of(LocatorStrategy.ID, "terms")).value()).isEqualTo("#terms");
    assertThat(map(Locator.of(LocatorStrategy.ID, "1st:item")).value()).isEqualTo("[id=\"1st:item\"]");
  }

  @Test
  void testIdsInAnotherAttributeBecomeAttributeSelectors() {
    assertThat(PwLocator.map(Locator.testId("data-qa", "a\"b\\c"), "data-testid").orElseThrow())
        .isEqualTo(new PwLocator("locator", "[data-qa=\"a\\\"b\\\\c\"]", null, false));
    assertThat(PwLocator.map(Locator.testId("data-qa", "x"), "data-qa").orElseThrow().method()).isEqualTo("getByTestId");
  }

  @Test
  void cssThatLooksLikeAnotherEngineIsMarkedAsCss() {
    assertThat(map(Locator.of(LocatorStrategy.CSS, "text=foo")).value()).isEqualTo("css=text=foo");
  }

  @Test
  void anUnknownRoleFallsBackToTheNextCandidate() {
    Target t = Target.of(Locator.role("toggle-thing", null), Locator.role("switch", "Dark mode"));
    assertThat(PwLocator.choose(t, "data-testid").orElseThrow()).isEqualTo(new PwLocator("getByRole", "switch", "Dark mode", false));
    assertThat(PwLocator.choose(Target.of(Locator.role("nonsense", null)), "data-testid")).isEmpty();
  }
}
