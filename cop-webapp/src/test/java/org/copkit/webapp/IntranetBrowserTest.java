package org.copkit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The intranet in a real browser: Debian's headless Chromium driven by Selenium through Debian's
 * chromedriver, against the application on its embedded H2 database with the demo data. Each test
 * signs in as Compartim people and does what they would do; the pages it passes through are saved
 * as screenshots under {@code target/screenshots}.
 */
class IntranetBrowserTest extends BrowserTestSupport {

  @Test
  void aMemberJoinsACommunity() {
    signIn("xavier.mas");
    open("/communities");
    browser.findElement(By.linkText("Mediació penal")).click();
    assertThat(browser.findElements(By.id("membership"))).as("not a member yet").isEmpty();
    browser.findElement(By.id("join")).click();
    assertThat(text("notice")).isEqualTo("You are a member now.");
    assertThat(text("membership")).contains("You are a member (PARTICIPANT");
    assertThat(browser.findElements(By.cssSelector(".thread-title"))).as("members see the threads").isNotEmpty();
  }

  @Test
  void aThreadPostedWithItsPreviewReachesAnotherMembersFeedWithItsReasons() {
    String title = "Guia de derivació " + shortId();
    signIn("marta.roca");
    openCommunity("Mediació penal");
    browser.findElement(By.id("title")).sendKeys(title);
    browser.findElement(By.id("body")).sendKeys("Proposo **tres criteris** per derivar:\n\n- voluntarietat\n- risc\n- reparació");
    browser.findElement(By.id("preview")).click();
    WebElement preview = browser.findElement(By.id("preview-pane"));
    assertThat(preview.findElement(By.tagName("strong")).getText()).isEqualTo("tres criteris");
    assertThat(preview.findElements(By.tagName("li"))).hasSize(3);
    assertThat(browser.findElement(By.id("title")).getAttribute("value")).as("the editor keeps the draft").isEqualTo(title);
    browser.findElement(By.id("post")).click();
    assertThat(text("thread-title")).isEqualTo(title);
    assertThat(browser.findElements(By.id("thread-state"))).as("published, not held").isEmpty();
    screenshot("thread");
    signOut();

    signIn("laia.pons");
    open("/feed");
    WebElement entry = browser.findElements(By.cssSelector(".feed-item")).stream()
        .filter(item -> item.findElement(By.cssSelector(".feed-title")).getText().equals(title))
        .findFirst().orElseThrow(() -> new AssertionError("«" + title + "» is not in Laia's feed"));
    screenshot("feed");
    entry.findElement(By.cssSelector(".why")).click();
    List<WebElement> signals = browser.findElements(By.cssSelector("#why tbody tr"));
    assertThat(signals).as("each signal's contribution").isNotEmpty();
    for (WebElement row : signals) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      assertThat(cells.get(0).getText()).as("the signal's name").isNotBlank();
      assertThat(Double.parseDouble(cells.get(1).getText())).as("its value").isFinite();
    }
  }

  @Test
  void aNewcomersThreadIsHeldUntilTheEModeratorApprovesIt() {
    String title = "Primera pregunta " + shortId();
    signIn("oriol.serra");
    openCommunity("Mediació penal");
    browser.findElement(By.id("join")).click();
    browser.findElement(By.id("title")).sendKeys(title);
    browser.findElement(By.id("body")).sendKeys("Com es prepara la primera trobada?");
    browser.findElement(By.id("post")).click();
    assertThat(text("notice")).startsWith("Your thread waits for an e-moderator");
    assertThat(text("thread-state")).isEqualTo("HELD");
    signOut();

    signIn("laia.pons");
    openCommunity("Mediació penal");
    assertThat(threadTitles()).as("other members do not see a held thread").doesNotContain(title);
    signOut();

    signIn("jordi.casals");
    open("/moderation");
    WebElement item = reviewItem(title);
    screenshot("moderation");
    item.findElement(By.cssSelector(".approve")).click();
    assertThat(text("notice")).isEqualTo("Approved.");
    open("/moderation");
    assertThat(browser.findElements(By.cssSelector(".review-what")).stream().map(WebElement::getText))
        .noneMatch(what -> what.contains(title));
    signOut();

    signIn("laia.pons");
    openCommunity("Mediació penal");
    assertThat(threadTitles()).as("approved, everyone sees it").contains(title);
  }

  @Test
  void theEModeratorRejectsWithAStatementOfReasonsThatTheAuthorReads() {
    String title = "Venc entrades " + shortId();
    signIn("oriol.serra");
    openCommunity("Justícia juvenil");
    browser.findElement(By.id("title")).sendKeys(title);
    browser.findElement(By.id("body")).sendKeys("Algú vol entrades per al partit?");
    browser.findElement(By.id("post")).click();
    assertThat(text("thread-state")).isEqualTo("HELD");
    String threadUrl = browser.getCurrentUrl();
    signOut();

    signIn("pere.vives");
    open("/moderation");
    WebElement item = reviewItem(title);
    item.findElement(By.cssSelector(".reasons-input")).sendKeys("Aquesta comunitat tracta de justícia juvenil");
    item.findElement(By.cssSelector(".reject")).click();
    assertThat(text("notice")).isEqualTo("Rejected, with your statement of reasons.");
    signOut();

    signIn("oriol.serra");
    browser.get(threadUrl);
    assertThat(browser.findElement(By.cssSelector(".reasons")).getText())
        .isEqualTo("Moderator: Aquesta comunitat tracta de justícia juvenil");
  }

  @Test
  void markupPostedThroughThePageStaysInert() {
    String marker = shortId();
    String title = "<img src=x onerror=\"window.xss='title'\"> " + marker;
    String body = "<script>window.xss='script'</script>\n\n<img src=x onerror=\"window.xss='img'\">\n\n"
        + "[pitja](javascript:window.xss='link') i <b onmouseover=\"window.xss='b'\">negreta</b>";
    signIn("marta.roca");
    openCommunity("Mediació penal");
    browser.findElement(By.id("title")).sendKeys(title);
    browser.findElement(By.id("body")).sendKeys(body);
    browser.findElement(By.id("preview")).click();
    assertInert();
    browser.findElement(By.id("post")).click();
    assertThat(text("thread-title")).as("the title shows as text").isEqualTo(title);
    assertInert();
    WebElement post = browser.findElement(By.cssSelector(".post .body"));
    assertThat(post.getText()).contains("negreta");
    for (WebElement link : post.findElements(By.tagName("a"))) {
      assertThat(String.valueOf(link.getAttribute("href"))).doesNotStartWithIgnoringCase("javascript");
    }
    signOut();

    signIn("laia.pons");
    open("/feed");
    assertThat(browser.findElements(By.cssSelector(".feed-title")).stream().map(WebElement::getText))
        .contains(title);
    assertInert();
  }

  @Test
  void formsNeedTheirCsrfTokenAndSigningInChangesTheSession() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=jordi.casals&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).as("a sign-in without the form's CSRF token").isEqualTo(403);

    open("/login");
    Cookie before = browser.manage().getCookieNamed("JSESSIONID");
    assertThat(before).isNotNull();
    signIn("jordi.casals");
    Cookie after = browser.manage().getCookieNamed("JSESSIONID");
    assertThat(after.getValue()).as("a new session ID at sign-in").isNotEqualTo(before.getValue());
    assertThat(after.isHttpOnly()).isTrue();
  }

  @Test
  void theParticipationReportShowsItsCharts() {
    signIn("jordi.casals");
    openCommunity("Mediació penal");
    browser.findElement(By.id("report-link")).click();
    assertThat(browser.findElements(By.cssSelector("svg"))).as("the pyramid, the Lorenz curve, the weekly activity")
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(browser.findElement(By.cssSelector(".figures")).getText()).contains("members");
    screenshot("report");
  }
}
