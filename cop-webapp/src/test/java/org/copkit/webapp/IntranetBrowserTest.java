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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1")
class IntranetBrowserTest {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort
  int port;

  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      if (Boolean.parseBoolean(System.getenv("CI"))) {
        throw new AssertionError("CI must run the browser tests: install chromium and chromium-driver");
      }
      Assumptions.assumeTrue(false, "no " + CHROMIUM + " or " + CHROMEDRIVER + ": browser tests skipped");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1280,1000", "--lang=en");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

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

  // --- helpers ---

  private void assertInert() {
    Object xss = ((JavascriptExecutor) browser).executeScript("return window.xss === undefined ? null : window.xss;");
    assertThat(xss).as("no script ran").isNull();
    assertThat(browser.findElements(By.cssSelector("main script"))).as("no script element in the content").isEmpty();
    assertThat(browser.findElements(By.cssSelector("[onerror], [onmouseover]"))).as("no event handler").isEmpty();
  }

  private WebElement reviewItem(String title) {
    return browser.findElements(By.cssSelector(".review")).stream()
        .filter(review -> review.findElement(By.cssSelector(".review-what")).getText().contains(title))
        .findFirst().orElseThrow(() -> new AssertionError("«" + title + "» is not in the review queue"));
  }

  private List<String> threadTitles() {
    return browser.findElements(By.cssSelector(".thread-title")).stream().map(WebElement::getText).toList();
  }

  private void signIn(String person) {
    open("/login");
    new Select(browser.findElement(By.id("username"))).selectByValue(person);
    browser.findElement(By.id("password")).sendKeys(DemoPeople.PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().endsWith("/feed"));
    assertThat(text("signed-in-as")).endsWith(" · " + person);
  }

  private void signOut() {
    browser.findElement(By.id("sign-out")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().contains("/login"));
  }

  private void openCommunity(String name) {
    open("/communities");
    browser.findElement(By.linkText(name)).click();
  }

  private void open(String path) {
    browser.get(url(path));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
