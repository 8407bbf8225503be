package com.argus.engine.locate;

import static com.argus.engine.locate.Fingerprints.button;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.engine.spec.ElementFingerprint;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelocatorTest {
  private final Relocator relocator = Relocator.withDefaults();
  private final ElementFingerprint target = button("login", "Sign in", "/html/body/form/button[1]", 100, 200, "Email Password Forgot password?");

  @Test
  void confidentUnambiguousMatchIsAuto() {
    List<ElementFingerprint> page = List.of(
        button("cancel", "Cancel", "/html/body/form/button[2]", 200, 200, "Email Password"),
        button("login-btn", "Sign in", "/html/body/form/div/button[1]", 100, 210, "Email Password Forgot password?"),
        button("help", "Help", "/html/body/aside/button[1]", 900, 40, "Need help?"));
    Relocation r = relocator.relocate(target, page);
    assertThat(r.decision()).isEqualTo(Decision.AUTO);
    assertThat(r.best().orElseThrow().index()).isEqualTo(1);
    assertThat(r.best().orElseThrow().breakdown().properties()).isNotEmpty();
    assertThat(r.runnerUp().orElseThrow().breakdown()).isNotNull();
    assertThat(r.reason()).contains("auto threshold");
  }

  @Test
  void lookAlikeCloseBehindGoesToReview() {
    ElementFingerprint a = button("login-a", "Sign in", "/html/body/form/div/button[1]", 100, 210, "Email Password Forgot password?");
    ElementFingerprint b = button("login-b", "Sign in", "/html/body/form/div/button[2]", 100, 212, "Email Password Forgot password?");
    Relocation r = relocator.relocate(target, List.of(a, b));
    assertThat(r.best().orElseThrow().score()).isGreaterThanOrEqualTo(0.8);
    assertThat(r.decision()).isEqualTo(Decision.REVIEW);
    assertThat(r.reason()).startsWith("ambiguous");
  }

  @Test
  void editedTextNextToAnUneditedLookAlikeIsNotHealedAutomatically() {
    // The original was reworded in place; a look-alike elsewhere still says "Sign in".
    ElementFingerprint edited = button("login", "Log in", "/html/body/form/button[1]", 100, 200, "Email Password Forgot password?");
    ElementFingerprint lookAlike = button("sso", "Sign in", "/html/body/aside/button[1]", 900, 600, "Single sign-on");
    Relocation r = relocator.relocate(target, List.of(edited, lookAlike));
    assertThat(r.decision()).isNotEqualTo(Decision.AUTO);
  }

  @Test
  void renamedElementGoesToReviewEvenWhenItIsTheOnlyCandidate() {
    ElementFingerprint renamed = button("login-7f3a", "Log in", "/html/body/form/button[1]", 100, 200, "Email Password Forgot password?");
    Relocation r = relocator.relocate(target, List.of(renamed));
    assertThat(r.decision()).isEqualTo(Decision.REVIEW);
    // The tuned weights put a one-word rename under the threshold already; either reason keeps it from auto.
    assertThat(r.reason()).containsAnyOf("text changed", "below the auto threshold");
  }

  @Test
  void renamedElementThatKeptItsTestIdHealsAutomatically() {
    ElementFingerprint t = withTestId(target, "login-submit");
    ElementFingerprint renamed = withTestId(
        button("btn-7f3a2c", "Log in", "/html/body/form/div/button[1]", 100, 230, "Email Password Forgot password?"), "login-submit");
    ElementFingerprint sso = asPlainButton(withTestId(
        button("btn-sso-41b", "Sign in with SSO", "/html/body/form/div/button[2]", 100, 280, "or Forgot password?"), "login-sso"));
    Relocation r = relocator.relocate(t, List.of(sso, renamed));
    assertThat(r.best().orElseThrow().index()).isEqualTo(1);
    assertThat(r.decision()).isEqualTo(Decision.AUTO);
    assertThat(r.reason()).contains("test id \"login-submit\"");
  }

  @Test
  void lookAlikeWithAnotherTestIdIsNeverHealedAutomaticallyWhenTheOriginalIsGone() {
    ElementFingerprint t = withTestId(target, "login-submit");
    ElementFingerprint sso = withTestId(
        button("btn-sso-41b", "Sign in with SSO", "/html/body/form/div/button[2]", 100, 280, "or Forgot password?"), "login-sso");
    Relocation r = relocator.relocate(t, List.of(sso));
    assertThat(r.decision()).isNotEqualTo(Decision.AUTO);
  }

  /** type=button instead of submit, like the demo's SSO trap. */
  private static ElementFingerprint asPlainButton(ElementFingerprint f) {
    return new ElementFingerprint(f.tag(), f.id(), f.name(), f.classes(), "button", f.role(), f.ariaLabel(), f.accessibleName(), f.text(),
        f.visibleText(), f.value(), f.label(), f.placeholder(), f.title(), f.alt(), f.href(), f.src(), f.testid(), f.xpath(), f.idxpath(),
        f.x(), f.y(), f.width(), f.height(), f.isButton(), f.neighborText(), f.recordText(), f.ancestors(), f.attributes());
  }

  private static ElementFingerprint withTestId(ElementFingerprint f, String testid) {
    return new ElementFingerprint(f.tag(), f.id(), f.name(), f.classes(), f.type(), f.role(), f.ariaLabel(), f.accessibleName(), f.text(),
        f.visibleText(), f.value(), f.label(), f.placeholder(), f.title(), f.alt(), f.href(), f.src(), testid, f.xpath(), f.idxpath(),
        f.x(), f.y(), f.width(), f.height(), f.isButton(), f.neighborText(), f.recordText(), f.ancestors(), f.attributes());
  }

  @Test
  void repeatedTextAwayFromTheTargetsSurroundingsGoesToReview() {
    ElementFingerprint other = button(null, "Sign in", "/html/body/footer/button[1]", 100, 900, "Newsletter Imprint");
    ElementFingerprint third = button(null, "Sign in", "/html/body/aside/button[1]", 900, 100, "Promo Sale");
    Relocation r = relocator.relocate(target, List.of(other, third));
    assertThat(r.decision()).isNotEqualTo(Decision.AUTO);
  }

  @Test
  void plausibleButBelowThresholdGoesToReview() {
    ElementFingerprint changed = button("submit", "Continue", "/html/body/main/button[1]", 400, 500, "Username Passcode");
    Relocation r = new Relocator(SimilarityWeights.defaults(), RelocationSettings.DEFAULTS.withMinPlausible(0.1)).relocate(target, List.of(changed));
    assertThat(r.decision()).isEqualTo(Decision.REVIEW);
  }

  @Test
  void nothingPlausibleIsNone() {
    ElementFingerprint unrelated = new ElementFingerprint("img", null, null, "logo", null, "img", null, "Acme", null, null, null, null,
        null, null, "Acme", null, "/logo.png", null, "/html/body/header/img", null, 0.0, 0.0, 32.0, 32.0, false, "Pricing Docs", null, null, null);
    assertThat(relocator.relocate(target, List.of(unrelated)).decision()).isEqualTo(Decision.NONE);
    assertThat(relocator.relocate(target, List.of()).decision()).isEqualTo(Decision.NONE);
  }

  @Test
  void excludedCandidatesCannotWin() {
    List<ElementFingerprint> page = List.of(target, button("cancel", "Cancel", "/html/body/form/button[2]", 200, 200, "Email"));
    Relocation r = relocator.relocate(target, page, i -> i != 0);
    assertThat(r.best().orElseThrow().index()).isEqualTo(1);
    assertThat(r.candidateCount()).isEqualTo(1);
  }

  @Test
  void keepsOnlyTheTopCandidatesBestFirst() {
    List<ElementFingerprint> page = new java.util.ArrayList<>();
    for (int i = 0; i < 50; i++) {
      page.add(button("b" + i, "Button " + i, "/html/body/div/button[" + i + "]", i * 10, 0, null));
    }
    Relocation r = new Relocator(SimilarityWeights.defaults(), RelocationSettings.DEFAULTS.withKeep(5)).relocate(target, page);
    assertThat(r.ranked()).hasSize(5);
    assertThat(r.ranked()).extracting(RankedCandidate::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void settingsRejectNonsense() {
    assertThatThrownBy(() -> new RelocationSettings(1.2, 0.1, 0.3, 10)).hasMessageContaining("autoThreshold");
    assertThatThrownBy(() -> new RelocationSettings(0.5, 0.1, 0.6, 10)).hasMessageContaining("minPlausible");
  }

  private static ElementFingerprint inRecord(ElementFingerprint f, String record) {
    return new ElementFingerprint(f.tag(), f.id(), f.name(), f.classes(), f.type(), f.role(), f.ariaLabel(), f.accessibleName(), f.text(),
        f.visibleText(), f.value(), f.label(), f.placeholder(), f.title(), f.alt(), f.href(), f.src(), f.testid(), f.xpath(), f.idxpath(),
        f.x(), f.y(), f.width(), f.height(), f.isButton(), f.neighborText(), record, f.ancestors(), f.attributes());
  }

  @Test
  void theSameControlUnderAnotherRecordIsNotHealedAutomatically() {
    // "Reply" under Priya's comment was removed; Tom's comment still has its own "Reply" button.
    String comments = "Recent comments Priya: Great article on waiting! Tom: We moved to test ids last year.";
    ElementFingerprint reply = inRecord(button(null, "Reply", "/html/body/main/ul/li[1]/button", 40, 300, comments),
        "Priya: Great article on waiting! Reply 4");
    ElementFingerprint tomsReply = inRecord(button(null, "Reply", "/html/body/main/ul/li[1]/button", 40, 300, comments),
        "Tom: We moved to test ids last year. Reply 1");
    ElementFingerprint post = inRecord(button(null, "Post comment", "/html/body/main/form/button", 40, 600, "Leave a comment"),
        "Leave a comment Post comment");
    Relocation r = relocator.relocate(reply, List.of(tomsReply, post));
    assertThat(r.best().orElseThrow().index()).isZero();
    assertThat(r.decision()).isEqualTo(Decision.REVIEW);
    assertThat(r.reason()).contains("another row, list item or card");
  }

  @Test
  void theRecordTellsRepeatedControlsApartAfterTheRowsWereReordered() {
    List<String> rows = List.of("INV-2041 Initech 1,200.00 Sent Edit Delete", "INV-2042 Globex 310.00 Paid Edit Delete",
        "INV-2043 Umbrella 89.90 Overdue Edit Delete");
    ElementFingerprint edit = inRecord(button(null, "Edit", "/html/body/table/tbody/tr[2]/td[5]/button", 700, 240, "Edit Delete"),
        rows.get(1));
    // Sorted anew: Initech's row is now second, where Globex's was; Globex's is third. Every row reads "Edit".
    int[] newRow = {2, 3, 1};
    List<ElementFingerprint> reordered = new java.util.ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      reordered.add(inRecord(button(null, "Edit", "/html/body/table/tbody/tr[" + newRow[i] + "]/td[5]/button", 700,
          200 + 40 * newRow[i], "Edit Delete"), rows.get(i)));
    }
    Relocation r = relocator.relocate(edit, reordered);
    assertThat(r.best().orElseThrow().index()).as("Globex's Edit, not the one standing where it stood").isEqualTo(1);
  }

  @Test
  void aTargetThatReadNothingIsNotHealedAutomaticallyIntoOneThatReadsSomething() {
    ElementFingerprint blankHeader = new ElementFingerprint("th", null, null, null, null, "columnheader", null, null, null, null, null,
        null, null, null, null, null, null, null, "/html/body/table/thead/tr/th[6]", null, 700.0, 100.0, 60.0, 30.0, false,
        "Invoice Customer Amount Status", null, List.of(), java.util.Map.of());
    ElementFingerprint actions = new ElementFingerprint("th", null, null, null, null, "columnheader", null, "Actions", "Actions",
        "Actions", null, null, null, null, null, null, null, null, "/html/body/table/thead/tr/th[6]", null, 700.0, 100.0, 60.0, 30.0,
        false, "Invoice Customer Amount Status", null, List.of(), java.util.Map.of());
    Relocation r = relocator.relocate(blankHeader, List.of(actions));
    assertThat(r.decision()).isNotEqualTo(Decision.AUTO);
  }

  private static ElementFingerprint cell(String text, String xpath, double x, double width, String record) {
    return new ElementFingerprint("div", null, null, "px-3 py-2", null, "gridcell", null, null, text, text, null, null, null, null,
        null, null, null, null, xpath, null, x, 430.0, width, 36.0, false, "Marcus Oyelaran Admin Active", record, List.of(),
        java.util.Map.of());
  }

  /*
   * An empty avatar cell moved after the name cell, which now stands where it stood: the cell that
   * shows nothing is the one, not the one showing a name (absent text is evidence when the other
   * side shows some).
   */
  @Test
  void aTargetThatShowedNoTextIsFoundAmongCellsThatShowSome() {
    String row = "Marcus Oyelaran marcus.o@northwind.io Admin Active 5 minutes ago";
    ElementFingerprint avatar = cell(null, "/html/body/main/div[3]/div[3]/div[1]", 249, 40, row);
    ElementFingerprint name = cell("Marcus Oyelaran marcus.o@northwind.io", "/html/body/main/div[3]/div[3]/div[1]", 249, 510, row);
    ElementFingerprint moved = cell(null, "/html/body/main/div[3]/div[3]/div[2]", 760, 40, row);
    Relocation r = relocator.relocate(avatar, List.of(name, moved));
    assertThat(r.best().orElseThrow().index()).isEqualTo(1);
  }

  /*
   * A look-alike reworded from the original ("5 minutes ago »") took its place and path in the row;
   * the unchanged original was wrapped and moved left; another row reads "5 minutes ago" too. The
   * unchanged wording in the same record wins over place (fails with the old near-text cap, 0.9).
   */
  @Test
  void theUnchangedOriginalBeatsAnEditedLookAlikeThatTookItsPlace() {
    String row = "Marcus Oyelaran marcus.o@northwind.io Admin Active 5 minutes ago";
    ElementFingerprint lastLogin = cell("5 minutes ago", "/html/body/main/div[3]/div[3]/div[5]", 983, 144, row);
    ElementFingerprint original = cell("5 minutes ago", "/html/body/main/div[3]/div[3]/div[5]/div", 700, 144, row + " 5 minutes ago »");
    ElementFingerprint lookAlike = cell("5 minutes ago »", "/html/body/main/div[3]/div[3]/div[5]", 983, 144, row + " 5 minutes ago »");
    ElementFingerprint otherRow = cell("5 minutes ago", "/html/body/main/div[3]/div[7]/div[5]", 983, 144,
        "Aiko Tanaka aiko.tanaka@northwind.io Member Active 5 minutes ago");
    Relocation r = relocator.relocate(lastLogin, List.of(lookAlike, original, otherRow));
    assertThat(r.best().orElseThrow().index()).isEqualTo(1);
  }
}
