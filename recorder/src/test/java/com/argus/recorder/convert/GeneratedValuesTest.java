package com.argus.recorder.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratedValuesTest {
  @ParameterizedTest
  @ValueSource(strings = {"ember452", "card-ember8181", ":r1:", ":R2a:", "«r3»", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "row-1699999999",
      "mui-12", "headlessui-menu-button-3", "input-42", "a1b2c3d4e5f6"})
  void generatedIdsAreRecognised(String id) {
    assertThat(GeneratedValues.isGeneratedId(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"login", "user-name", "submit-button", "country", "h1-title", "step2"})
  void chosenIdsAreNot(String id) {
    assertThat(GeneratedValues.isGeneratedId(id)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sc-a1b2c3", "css-1x2y3z", "css-1x2y3z-Button", "jsx-123", "jss12", "Button_primary__a1B2c",
      "ng-touched", "a1b2c3"})
  void hashedClassesAreRecognised(String cls) {
    assertThat(GeneratedValues.isHashedClass(cls)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"btn", "btn-primary", "menu-faced", "card", "custom-check", "star", "col-md-6"})
  void designedClassesAreNot(String cls) {
    assertThat(GeneratedValues.isHashedClass(cls)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"data-reactid", "ng-model", "_ngcontent-abc-c12", "data-v-7ba5bd90", "jsaction"})
  void frameworkAttributesAreRecognised(String attr) {
    assertThat(GeneratedValues.isFrameworkAttribute(attr)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ul > li:nth-of-type(3)", "button.sc-a1b2c3", "#ember12 span"})
  void fragileSelectors(String css) {
    assertThat(GeneratedValues.isFragileSelector(css)).isTrue();
  }
}
