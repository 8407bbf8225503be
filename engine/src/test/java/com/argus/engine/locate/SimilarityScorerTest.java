package com.argus.engine.locate;

import static com.argus.engine.locate.Fingerprints.button;
import static com.argus.engine.locate.Fingerprints.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.argus.engine.spec.ElementFingerprint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimilarityScorerTest {
  private final SimilarityScorer scorer = new SimilarityScorer(SimilarityWeights.defaults());

  @Test
  void identicalElementsScoreOne() {
    ElementFingerprint f = button("login", "Sign in", "/html/body/form/button[1]", 10, 20, "Email Password");
    assertThat(scorer.score(f, f).score()).isEqualTo(1.0);
  }

  @Test
  void propertiesTheTargetLacksNeitherHelpNorHurt() {
    ElementFingerprint target = new ElementFingerprint("button", null, null, null, null, null, null, null, null, "Save", null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    ElementFingerprint candidate = button("x9", "Save", "/html/body/div/button", 500, 500, "whatever");
    ScoreBreakdown b = scorer.score(target, candidate);
    assertThat(b.score()).isEqualTo(1.0);
    assertThat(b.properties()).extracting(PropertyScore::property).doesNotContain(FingerprintProperty.ID, FingerprintProperty.XPATH);
  }

  @Test
  void contributionsAddUpToTheScore() {
    ElementFingerprint t = button("login", "Sign in", "/html/body/form/button[1]", 10, 20, "Email Password");
    ElementFingerprint c = button("btn-7f3a", "Log in", "/html/body/form/div/button[1]", 14, 60, "Email Password Forgot");
    ScoreBreakdown b = scorer.score(t, c);
    assertThat(b.properties().stream().mapToDouble(PropertyScore::contribution).sum()).isCloseTo(b.score(), within(0.001));
  }

  @Test
  void renamedButtonWithSameTextBeatsUnrelatedButton() {
    ElementFingerprint t = button("login", "Sign in", "/html/body/form/button[1]", 10, 20, "Email Password");
    ElementFingerprint renamed = button("btn-7f3a", "Sign in", "/html/body/form/div/button[1]", 10, 24, "Email Password");
    ElementFingerprint other = button("cancel", "Cancel", "/html/body/form/button[2]", 100, 20, "Email Password");
    assertThat(scorer.score(t, renamed).score()).isGreaterThan(scorer.score(t, other).score() + 0.2);
  }

  @Test
  void anUnchangedTextBeatsACaseOnlyChangeWhichBeatsAnEdit() {
    ElementFingerprint t = link("Read more", "/blog/a", "/html/body/a", 0, 0, null);
    double same = scorer.score(t, link("Read more", "/blog/a", "/html/body/a", 0, 0, null)).score();
    double upper = scorer.score(t, link("READ MORE", "/blog/a", "/html/body/a", 0, 0, null)).score();
    double edited = scorer.score(t, link("Read more »", "/blog/a", "/html/body/a", 0, 0, null)).score();
    assertThat(same).isGreaterThan(upper);
    assertThat(upper).isGreaterThan(edited);
  }

  @Test
  void aLinkTurnedIntoAButtonKeepsPartialTagCredit() {
    SimilarityScorer tagOnly = new SimilarityScorer(new SimilarityWeights(Map.of(FingerprintProperty.TAG, 1.0)));
    ElementFingerprint a = link("Pay", "/pay", "/a", 0, 0, null);
    ElementFingerprint b = button(null, "Pay", "/button", 0, 0, null);
    ElementFingerprint img = new ElementFingerprint("img", null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, List.of(), Map.of());
    assertThat(tagOnly.score(a, b).score()).isEqualTo(0.5);
    assertThat(tagOnly.score(a, img).score()).isZero();
  }

  @Test
  void generatedClassNamesAreIgnored() {
    SimilarityScorer classOnly = new SimilarityScorer(new SimilarityWeights(Map.of(FingerprintProperty.CLASS, 1.0)));
    ElementFingerprint t = withClass("btn btn-primary sc-a8f3k2");
    assertThat(classOnly.score(t, withClass("btn btn-primary css-x9kd22")).score()).isEqualTo(1.0);
  }

  @Test
  void distanceDecaysTheLocationScore() {
    SimilarityScorer loc = new SimilarityScorer(new SimilarityWeights(Map.of(FingerprintProperty.LOCATION, 1.0)));
    ElementFingerprint t = button(null, "x", "/b", 100, 100, null);
    double near = loc.score(t, button(null, "x", "/b", 110, 100, null)).score();
    double far = loc.score(t, button(null, "x", "/b", 700, 500, null)).score();
    assertThat(near).isGreaterThan(0.9);
    assertThat(far).isLessThan(0.3);
  }

  @Test
  void publishedSimiloWeightsAreTheStartingPoint() {
    SimilarityWeights s = SimilarityWeights.similo();
    assertThat(s.weight(FingerprintProperty.TAG)).isEqualTo(1.5);
    assertThat(s.weight(FingerprintProperty.VISIBLE_TEXT)).isEqualTo(1.5);
    assertThat(s.weight(FingerprintProperty.XPATH)).isEqualTo(0.5);
    assertThat(s.weight(FingerprintProperty.TESTID)).isZero();
  }

  private static ElementFingerprint withClass(String classes) {
    return new ElementFingerprint("button", null, null, classes, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, List.of(), Map.of());
  }

  @Test
  void textsThatDifferInTheirNumbersNameDifferentRecords() {
    ElementFingerprint select2041 = withAriaLabel("Select INV-2041");
    SimilarityScorer labelOnly = new SimilarityScorer(new SimilarityWeights(java.util.Map.of(FingerprintProperty.ARIA_LABEL, 1.0)));
    // One character apart, yet another invoice: no more alike than half.
    assertThat(labelOnly.score(select2041, withAriaLabel("Select INV-2042")).score()).isLessThanOrEqualTo(0.5);
    // The same number with other words around it still reads alike.
    assertThat(labelOnly.score(select2041, withAriaLabel("Select invoice INV-2041")).score()).isGreaterThan(0.5);
  }

  private static ElementFingerprint withAriaLabel(String label) {
    return new ElementFingerprint("input", null, null, null, "checkbox", null, label, label, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, List.of(), Map.of());
  }

  @Test
  void unrelatedWordsAreNotAlikeButAnAddedWordStillIs() {
    SimilarityScorer labelOnly = new SimilarityScorer(new SimilarityWeights(java.util.Map.of(FingerprintProperty.ARIA_LABEL, 1.0)));
    // A third of the letters line up by chance: noise, not likeness.
    assertThat(labelOnly.score(withAriaLabel("Edit user"), withAriaLabel("More actions")).score()).isZero();
    assertThat(labelOnly.score(withAriaLabel("Sign in"), withAriaLabel("Sign in now")).score()).isGreaterThan(0.5);
  }

  @Test
  void aBlankTargetCountsTextShownByTheCandidateAgainstIt() {
    ElementFingerprint blank = button(null, null, "/html/body/div/button", 10, 20, "Name Email");
    ScoreBreakdown showsText = scorer.score(blank, button(null, "Marcus Oyelaran", "/html/body/div/button", 10, 20, "Name Email"));
    ScoreBreakdown staysBlank = scorer.score(blank, button(null, null, "/html/body/div/button", 10, 20, "Name Email"));
    assertThat(staysBlank.score()).isEqualTo(1.0);
    assertThat(showsText.score()).isLessThan(0.9);
    assertThat(showsText.properties().stream().mapToDouble(PropertyScore::contribution).sum()).isCloseTo(showsText.score(), within(0.001));
  }
}
