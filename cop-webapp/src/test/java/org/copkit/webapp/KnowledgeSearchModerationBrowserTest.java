package org.copkit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The knowledge base, search and the e-moderator's desk in a real browser: what each person may
 * read and do, and that the pages leak nothing of what they may not — not in lists, not in search
 * results, totals or facets, not through a URL (a hidden item answers exactly as one never written).
 */
class KnowledgeSearchModerationBrowserTest extends BrowserTestSupport {

  @org.springframework.beans.factory.annotation.Autowired
  org.copkit.core.CopPlatform platform;

  private static final String PILL = "Criteris de derivació a mediació";
  private static final String STATUTE = "Estatut de la víctima del delit";
  private static final String CORE_DRAFT = "Guia de bones pràctiques (esborrany del grup de treball)";
  private static final String JUVENILE_OUTPUT = "Mesures en medi obert: resum per partits judicials";

  // --- the knowledge base ---

  @Test
  void aParticipantBrowsesSectionsTagsAndAnItemsRevisions() {
    signIn("laia.pons");
    openCommunity("Mediació penal");
    browser.findElement(By.id("knowledge-link")).click();
    assertThat(texts(".section-link")).containsExactly("Everything", "Guies", "Derivació", "Normativa");
    assertThat(itemTitles()).contains(PILL, STATUTE)
        .as("the working group's draft is not listed for a participant").doesNotContain(CORE_DRAFT);
    screenshot("knowledge");

    browser.findElement(By.linkText("normativa")).click();
    assertThat(text("filter")).contains("tag «normativa»");
    assertThat(itemTitles()).containsExactly(STATUTE);
    browser.findElement(By.linkText("Derivació")).click();
    assertThat(text("filter")).contains("section «Derivació»");
    assertThat(itemTitles()).containsExactly(PILL);

    browser.findElement(By.linkText(PILL)).click();
    assertThat(text("item-title")).isEqualTo(PILL);
    assertThat(text("item-section")).contains("Derivació");
    assertThat(text("shown-revision")).isEqualTo("2");
    assertThat(text("item-body")).contains("87 ter LOPJ");
    assertThat(browser.findElement(By.cssSelector("#item-body strong")).getText()).isEqualTo("voluntarietat");
    assertThat(texts(".revision-note")).containsExactly("Afegeix l'exclusió legal", "Primera versió");
    browser.findElement(By.linkText("Revision 1")).click();
    assertThat(text("shown-revision")).isEqualTo("1");
    assertThat(browser.findElements(By.id("old-revision"))).isNotEmpty();
    assertThat(text("item-body")).as("the first revision's text").doesNotContain("87 ter");
    assertThat(browser.findElements(By.id("edit-item"))).as("a participant may not write the next revision").isEmpty();
  }

  @Test
  void theKnowledgeListPagesPastFiftyItemsAndTheEditFormShowsOnlyToWhoMayEdit() {
    org.copkit.api.community.CommunityId archive = platform.lifecycle().create(DemoPeople.JORDI,
        new org.copkit.api.community.CommunityDetails("Arxiu " + shortId(), "Many pills", "", 
            org.copkit.api.community.Visibility.OPEN)).id();
    platform.joining().join(DemoPeople.LAIA, archive, "");
    for (int i = 1; i <= KnowledgePages.PAGE_SIZE + 1; i++) {
      platform.knowledgeBase().create(DemoPeople.JORDI, new org.copkit.api.knowledge.CreateItem(archive,
          org.copkit.api.knowledge.KnowledgeKind.PILL, org.copkit.api.community.Audience.COMMUNITY,
          new org.copkit.api.knowledge.KnowledgeContent(String.format("Píndola %03d", i), "Breu", "", java.util.Set.of(),
              java.util.Set.of()), ""));
    }
    signIn("laia.pons");
    open("/communities/" + archive + "/knowledge");
    List<String> first = itemTitles();
    assertThat(first).hasSize(KnowledgePages.PAGE_SIZE);
    assertThat(browser.findElements(By.id("previous-page"))).isEmpty();
    browser.findElement(By.id("next-page")).click();
    List<String> second = itemTitles();
    assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);
    assertThat(browser.findElements(By.id("next-page"))).isEmpty();
    browser.findElement(By.linkText(second.get(0))).click();
    assertThat(browser.findElements(By.id("edit-item"))).as("a participant").isEmpty();
    String itemPath = path();
    browser.findElement(By.id("knowledge-link")).click();
    browser.findElement(By.id("next-page")).click();
    browser.findElement(By.id("previous-page")).click();
    assertThat(itemTitles()).containsExactlyElementsOf(first);
    signOut();

    signIn("jordi.casals");
    open(itemPath);
    assertThat(browser.findElements(By.id("edit-item"))).as("the e-moderator who wrote it").isNotEmpty();
  }

  @Test
  void theWorkingGroupsItemIsNotFoundForOthersExactlyAsAnItemNeverWritten() throws Exception {
    signIn("marta.roca");
    openCommunity("Mediació penal");
    browser.findElement(By.id("knowledge-link")).click();
    browser.findElement(By.linkText(CORE_DRAFT)).click();
    assertThat(browser.findElements(By.id("core-only"))).isNotEmpty();
    String draftPath = path();
    signOut();

    signIn("pere.vives");
    open("/search?q=medi+obert");
    browser.findElement(By.linkText(JUVENILE_OUTPUT)).click();
    String closedPath = path();
    signOut();

    signIn("laia.pons");
    assertNotFoundAsNeverWritten(draftPath);
    signOut();
    signIn("xavier.mas");
    assertNotFoundAsNeverWritten(closedPath);
    assertNotFoundAsNeverWritten(closedPath + "?revision=1");
  }

  @Test
  void theWorkingGroupWritesADocumentAndItsNextRevisionAParticipantMayNotWriteAPill() {
    String title = "Protocol d'acollida " + shortId();
    signIn("marta.roca");
    openCommunity("Mediació penal");
    browser.findElement(By.id("knowledge-link")).click();
    new Select(browser.findElement(By.id("kind"))).selectByValue("LIBRARY_DOCUMENT");
    browser.findElement(By.id("item-title")).sendKeys(title);
    browser.findElement(By.id("item-body")).sendKeys("El protocol del servei, en **tres passos**.");
    browser.findElement(By.id("item-tags")).sendKeys("acollida, Protocol");
    browser.findElement(By.id("write")).click();
    assertThat(text("error")).as("a library document needs its link").contains("content.link");
    assertThat(browser.findElement(By.id("item-title")).getAttribute("value")).as("the draft is kept").isEqualTo(title);
    browser.findElement(By.id("item-link")).sendKeys("https://justicia.example/protocol-acollida");
    browser.findElement(By.id("write")).click();
    assertThat(text("notice")).isEqualTo("Written: revision 1.");
    assertThat(text("item-title")).isEqualTo(title);
    assertThat(texts(".tag")).containsExactlyInAnyOrder("acollida", "protocol");

    browser.findElement(By.id("edit-body")).sendKeys("\n\nAfegit: la trobada prèvia.");
    browser.findElement(By.id("save")).click();
    assertThat(text("error")).as("a new revision says what changed").contains("note");
    browser.findElement(By.id("edit-note")).sendKeys("Trobada prèvia");
    browser.findElement(By.id("save")).click();
    assertThat(text("notice")).isEqualTo("Saved: revision 2.");
    assertThat(text("item-body")).contains("la trobada prèvia");
    assertThat(texts(".revision-note")).first().isEqualTo("Trobada prèvia");
    signOut();

    signIn("laia.pons");
    openCommunity("Mediació penal");
    browser.findElement(By.id("knowledge-link")).click();
    String pill = "Consell " + shortId();
    browser.findElement(By.id("item-title")).sendKeys(pill);
    browser.findElement(By.id("item-body")).sendKeys("Un consell");
    browser.findElement(By.id("write")).click();
    assertThat(text("refusal")).contains("laia.pons may not");
    openCommunity("Mediació penal");
    browser.findElement(By.id("knowledge-link")).click();
    assertThat(itemTitles()).contains(title).doesNotContain(pill);
  }

  @Test
  void markupWrittenIntoAnItemStaysInertInTheListTheItemAndSearch() {
    String marker = "Inert" + shortId().replace("-", "");
    String title = "<img src=x onerror=\"window.xss='title'\"> " + marker;
    signIn("marta.roca");
    openCommunity("Mediació penal");
    browser.findElement(By.id("knowledge-link")).click();
    new Select(browser.findElement(By.id("kind"))).selectByValue("LIBRARY_DOCUMENT");
    browser.findElement(By.id("item-title")).sendKeys(title);
    browser.findElement(By.id("item-body")).sendKeys("<script>window.xss='script'</script> [pitja](javascript:window.xss='md') "
        + "<b onmouseover=\"window.xss='b'\">negreta</b> " + marker);
    browser.findElement(By.id("item-link")).sendKeys("javascript:window.xss='link'");
    browser.findElement(By.id("write")).click();
    assertThat(text("error")).as("only http and https links").startsWith("link ").contains("http or https");
    browser.findElement(By.id("item-link")).clear();
    browser.findElement(By.id("item-link")).sendKeys("https://justicia.example/doc");
    browser.findElement(By.id("write")).click();
    assertThat(text("item-title")).as("the title shows as text").isEqualTo(title);
    assertThat(text("item-body")).contains("negreta");
    for (WebElement link : browser.findElements(By.cssSelector("main a"))) {
      assertThat(String.valueOf(link.getAttribute("href"))).doesNotStartWithIgnoringCase("javascript");
    }
    assertInert();
    browser.findElement(By.id("knowledge-link")).click();
    assertThat(itemTitles()).contains(title);
    assertInert();
    signOut();

    signIn("laia.pons");
    search(marker);
    assertThat(texts(".result-title")).containsExactly(title);
    assertThat(browser.findElement(By.cssSelector(".snippet mark")).getText()).isEqualToIgnoringCase(marker);
    assertInert();
  }

  // --- search ---

  @Test
  void searchShowsSnippetsAndFacetsThatNarrowTheResults() {
    signIn("laia.pons");
    browser.findElement(By.id("nav-search")).click();
    browser.findElement(By.id("q")).sendKeys("violència");
    browser.findElement(By.id("search")).click();
    List<String> titles = texts(".result-title");
    assertThat(titles).as("the question, its reply and the pill's second revision")
        .contains(PILL, "Es pot derivar a mediació un cas de violència domèstica?");
    assertThat(browser.findElements(By.cssSelector(".result .badge")).stream().map(WebElement::getText))
        .contains("THREAD", "POST", "KNOWLEDGE_ITEM");
    assertThat(browser.findElements(By.cssSelector(".snippet mark"))).as("the matching words highlighted").isNotEmpty();
    long total = Long.parseLong(browser.findElement(By.cssSelector("#total span")).getText());
    assertThat(titles).hasSize((int) Math.min(total, SearchPages.PAGE_SIZE));
    screenshot("search");

    WebElement knowledge = facetChoice("Kind", "knowledge items");
    long items = Long.parseLong(knowledge.findElement(By.cssSelector(".facet-count")).getText());
    knowledge.click();
    assertThat(browser.findElements(By.cssSelector(".result .badge")).stream().map(WebElement::getText))
        .hasSize((int) Math.min(items, SearchPages.PAGE_SIZE)).allMatch("KNOWLEDGE_ITEM"::equals);
    assertThat(texts(".result-title")).contains(PILL);
    browser.findElement(By.id("clear-filters")).click();
    assertThat(texts(".result-title")).hasSize(titles.size());
  }

  @Test
  void searchNeverShowsNorCountsWhatTheMemberMayNotRead() {
    signIn("pere.vives");
    search("medi obert");
    assertThat(texts(".result-title")).contains(JUVENILE_OUTPUT, "Mesures en medi obert");
    signOut();

    signIn("xavier.mas");
    search("medi obert");
    assertThat(texts(".result-title")).as("a closed community's content, for a non-member").isEmpty();
    assertThat(text("total")).startsWith("0 found");
    assertThat(text("nothing")).isEqualTo("Nothing found that you may read.");
    assertThat(browser.findElements(By.cssSelector(".facet"))).as("no facet counts it either").isEmpty();
    signOut();

    signIn("marta.roca");
    search("guia");
    assertThat(texts(".result-title")).contains(CORE_DRAFT);
    signOut();
    signIn("laia.pons");
    search("guia");
    assertThat(texts(".result-title")).as("the working group's draft, for a participant").doesNotContain(CORE_DRAFT);
    assertThat(texts(".facet-label")).doesNotContain("Justícia juvenil");
    long counted = browser.findElements(By.cssSelector("[data-facet=Kind] .facet-count")).stream()
        .mapToLong(count -> Long.parseLong(count.getText())).sum();
    assertThat(counted).as("the kinds count every hit Laia reads, and nothing else")
        .isEqualTo(Long.parseLong(browser.findElement(By.cssSelector("#total span")).getText()));
  }

  @Test
  void whatIsTypedInTheSearchBoxStaysInert() {
    signIn("laia.pons");
    String typed = "<img src=x onerror=\"window.xss='q'\"> derivació";
    search(typed);
    assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo(typed);
    assertInert();
  }

  // --- the e-moderator's desk ---

  @Test
  void theEModeratorLetsOnePersonInAndDeclinesAnotherWhoCannotDecideForThemselves() {
    signIn("marta.roca");
    openCommunity("Justícia juvenil");
    browser.findElement(By.id("join")).click();
    assertThat(text("notice")).isEqualTo("Your request waits for an e-moderator.");
    assertThat(browser.findElements(By.cssSelector(".thread-title"))).as("no threads before being let in").isEmpty();
    signOut();
    signIn("laia.pons");
    openCommunity("Justícia juvenil");
    browser.findElement(By.id("join")).click();
    signOut();

    signIn("pere.vives");
    open("/moderation");
    String marta = requestAction("Marta Roca", ".approve-request");
    String laia = requestAction("Laia Pons", ".decline-request");
    screenshot("join-requests");
    signOut();

    signIn("laia.pons");
    open("/moderation");
    assertThat(text("moderates-nothing")).isEqualTo("You moderate no community.");
    postForm(laia.replace("/decline", "/approve"), Map.of("tier", "CORE"), true);
    assertThat(text("refusal")).as("a requester cannot let herself in").contains("laia.pons may not");
    openCommunity("Justícia juvenil");
    assertThat(browser.findElements(By.id("membership"))).isEmpty();
    signOut();

    signIn("pere.vives");
    open("/moderation");
    postForm(marta, Map.of("tier", "PARTICIPANT"), false);
    assertThat(browser.getPageSource()).as("a form without its CSRF token").contains("403");
    open("/moderation");
    WebElement request = request("Marta Roca");
    new Select(request.findElement(By.cssSelector(".request-tier"))).selectByValue("PARTICIPANT");
    request.findElement(By.cssSelector(".approve-request")).click();
    assertThat(text("notice")).isEqualTo("Marta Roca joined as PARTICIPANT.");
    request("Laia Pons").findElement(By.cssSelector(".decline-reason")).sendKeys("Comunitat per a professionals de menors");
    request("Laia Pons").findElement(By.cssSelector(".decline-request")).click();
    assertThat(text("notice")).isEqualTo("Declined, with your reason.");
    assertThat(browser.findElements(By.cssSelector(".request-who"))).isEmpty();
    signOut();

    signIn("marta.roca");
    openCommunity("Justícia juvenil");
    assertThat(text("membership")).contains("PARTICIPANT");
    assertThat(threadTitles()).contains("Mesures en medi obert");
  }

  @Test
  void aFlaggedReplyIsHiddenWhenTheEModeratorRejectsItAndAnOutdatedItemReachesTheQueue() {
    String title = "Cas de la setmana " + shortId();
    String spam = "Compreu rellotges " + shortId();
    signIn("marta.roca");
    openCommunity("Mediació penal");
    browser.findElement(By.id("title")).sendKeys(title);
    browser.findElement(By.id("body")).sendKeys("Comentem el cas.");
    browser.findElement(By.id("post")).click();
    String threadPath = path();
    signOut();
    signIn("pere.vives");
    open(threadPath);
    browser.findElement(By.id("body")).sendKeys(spam);
    browser.findElement(By.id("post")).click();
    signOut();

    signIn("laia.pons");
    open(threadPath);
    WebElement reply = post(spam);
    new Select(reply.findElement(By.cssSelector(".flag-reason"))).selectByValue("SPAM");
    reply.findElement(By.cssSelector(".flag-text")).sendKeys("publicitat");
    reply.findElement(By.cssSelector(".flag-post")).click();
    assertThat(text("notice")).isEqualTo("Thank you: the e-moderators will review it.");
    openCommunity("Mediació penal");
    browser.findElement(By.id("knowledge-link")).click();
    browser.findElement(By.linkText(STATUTE)).click();
    browser.findElement(By.id("flag-text")).sendKeys("La llei ha canviat");
    browser.findElement(By.id("flag-outdated")).click();
    assertThat(text("notice")).isEqualTo("Thank you: the e-moderators will review it.");
    signOut();

    signIn("jordi.casals");
    open("/moderation");
    WebElement flagged = reviewItem("A reply in «" + title + "»");
    assertThat(flagged.findElements(By.cssSelector(".flag-reason-shown")).stream().map(WebElement::getText))
        .containsExactly("SPAM: publicitat (Laia Pons)");
    assertThat(flagged.findElement(By.cssSelector(".body")).getText()).contains(spam);
    WebElement outdated = reviewItem("Knowledge item «" + STATUTE + "»");
    assertThat(outdated.getText()).contains("OUTDATED: La llei ha canviat (Laia Pons)");
    screenshot("flags");
    flagged.findElement(By.cssSelector(".reasons-input")).sendKeys("Publicitat: fora de lloc");
    flagged.findElement(By.cssSelector(".reject")).click();
    assertThat(text("notice")).isEqualTo("Rejected, with your statement of reasons.");
    reviewItem("Knowledge item «" + STATUTE + "»").findElement(By.cssSelector(".approve")).click();
    assertThat(text("notice")).isEqualTo("Approved.");
    assertThat(texts(".review-what")).doesNotContain("A reply in «" + title + "»", "Knowledge item «" + STATUTE + "»");
    signOut();

    signIn("laia.pons");
    open(threadPath);
    assertThat(texts(".post .body")).as("the hidden reply, for another member").noneMatch(body -> body.contains(spam));
    open("/moderation");
    assertThat(browser.findElements(By.cssSelector(".review"))).as("a member has no queue").isEmpty();
  }

  // --- helpers ---

  private void assertNotFoundAsNeverWritten(String hiddenPath) throws Exception {
    String hidden = hiddenPath.replaceAll("[?].*", "").substring(hiddenPath.lastIndexOf('/') + 1);
    String never = UUID.randomUUID().toString();
    HttpResponse<String> forHidden = getInSession(hiddenPath);
    HttpResponse<String> forNever = getInSession(hiddenPath.replace(hidden, never));
    assertThat(forHidden.statusCode()).isEqualTo(404);
    assertThat(forNever.statusCode()).isEqualTo(404);
    assertThat(refusal(forHidden.body()).replace(hidden, "ID")).isEqualTo(refusal(forNever.body()).replace(never, "ID"));
    open(hiddenPath);
    assertThat(browser.getPageSource()).doesNotContain(CORE_DRAFT, JUVENILE_OUTPUT);
  }

  private static String refusal(String page) {
    Matcher matcher = Pattern.compile("id=\"refusal\">([^<]*)<").matcher(page);
    assertThat(matcher.find()).as("a refusal page").isTrue();
    return matcher.group(1);
  }

  private void search(String words) {
    open("/search");
    browser.findElement(By.id("q")).sendKeys(words);
    browser.findElement(By.id("search")).click();
  }

  private WebElement facetChoice(String facet, String label) {
    return browser.findElements(By.cssSelector("[data-facet=" + facet + "] .facet-link")).stream()
        .filter(link -> link.findElement(By.cssSelector(".facet-label")).getText().equals(label))
        .findFirst().orElseThrow(() -> new AssertionError("no " + label + " in the " + facet + " facet"));
  }

  private WebElement request(String who) {
    return browser.findElements(By.cssSelector(".request")).stream()
        .filter(request -> request.findElement(By.cssSelector(".request-who")).getText().equals(who))
        .findFirst().orElseThrow(() -> new AssertionError(who + " does not ask to join"));
  }

  private String requestAction(String who, String button) {
    WebElement form = request(who).findElement(By.cssSelector(button)).findElement(By.xpath("./ancestor::form"));
    return java.net.URI.create(form.getAttribute("action")).getPath();
  }

  private WebElement post(String text) {
    return browser.findElements(By.cssSelector(".post")).stream()
        .filter(post -> post.findElement(By.cssSelector(".body")).getText().contains(text))
        .findFirst().orElseThrow(() -> new AssertionError("no post says " + text));
  }

  private List<String> itemTitles() {
    return texts(".item-title");
  }

  private List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  private String path() {
    java.net.URI uri = java.net.URI.create(browser.getCurrentUrl());
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }
}
