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
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the browser tests share: Debian's headless Chromium driven by Selenium through Debian's
 * chromedriver, against the application on its embedded H2 database with the demo data (one
 * application for every test class), and the steps people take: sign in and out, open a page, read
 * an element, save a screenshot under {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1")
abstract class BrowserTestSupport {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort
  int port;

  WebDriver browser;

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
    ChromeDriver chromium = new ChromeDriver(service, options);
    chromium.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    browser = new EventFiringDecorator<WebDriver>(new WaitForTheNextPage(chromium)).decorate(chromium);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  // --- helpers ---

  void assertInert() {
    Object xss = ((JavascriptExecutor) browser).executeScript("return window.xss === undefined ? null : window.xss;");
    assertThat(xss).as("no script ran").isNull();
    assertThat(browser.findElements(By.cssSelector("main script"))).as("no script element in the content").isEmpty();
    assertThat(browser.findElements(By.cssSelector("[onerror], [onmouseover]"))).as("no event handler").isEmpty();
  }

  WebElement reviewItem(String title) {
    return browser.findElements(By.cssSelector(".review")).stream()
        .filter(review -> review.findElement(By.cssSelector(".review-what")).getText().contains(title))
        .findFirst().orElseThrow(() -> new AssertionError("«" + title + "» is not in the review queue"));
  }

  List<String> threadTitles() {
    return browser.findElements(By.cssSelector(".thread-title")).stream().map(WebElement::getText).toList();
  }

  void signIn(String person) {
    open("/login");
    new Select(browser.findElement(By.id("username"))).selectByValue(person);
    browser.findElement(By.id("password")).sendKeys(DemoPeople.PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().endsWith("/feed"));
    assertThat(text("signed-in-as")).endsWith(" · " + person);
  }

  void signOut() {
    browser.findElement(By.id("sign-out")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().contains("/login"));
  }

  void openCommunity(String name) {
    open("/communities");
    browser.findElement(By.linkText(name)).click();
  }

  void open(String path) {
    browser.get(url(path));
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** @return the HTTP status and body of a GET of the path, in the browser's signed-in session */
  HttpResponse<String> getInSession(String path) throws Exception {
    Cookie session = browser.manage().getCookieNamed("JSESSIONID");
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
        .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Posts a form the page does not offer, as a forger would who holds the signed-in session and
   * the page's CSRF token (taken from the sign-out form), or without the token.
   */
  void postForm(String path, java.util.Map<String, String> fields, boolean withCsrfToken) {
    ((JavascriptExecutor) browser).executeScript(
        "const form = document.createElement('form'); form.method = 'post'; form.action = arguments[0];"
            + "const fields = arguments[1];"
            + "if (arguments[2]) { fields['_csrf'] = document.querySelector('input[name=_csrf]').value; }"
            + "for (const name in fields) { const input = document.createElement('input'); input.type = 'hidden';"
            + " input.name = name; input.value = fields[name]; form.appendChild(input); }"
            + "document.body.appendChild(form); form.submit();",
        path, fields, withCsrfToken);
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().endsWith(path)
        && ((JavascriptExecutor) driver).executeScript("return document.readyState").equals("complete"));
  }
}
