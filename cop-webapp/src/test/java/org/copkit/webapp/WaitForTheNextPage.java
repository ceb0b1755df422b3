package org.copkit.webapp;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every click on a button or a link (in these pages each submits a form or follows a link) waits
 * until the page it was on is gone and the next one has loaded, so that no step reads the page
 * it left. Public, as the decorator calls it by reflection.
 */
public final class WaitForTheNextPage implements WebDriverListener {

  private final WebDriver driver;
  private WebElement leaving;

  /** @param driver the undecorated driver, to look at the page without calling this listener */
  public WaitForTheNextPage(WebDriver driver) {
    this.driver = driver;
  }

  @Override
  public void beforeClick(WebElement element) {
    String tag = element.getTagName();
    leaving = "button".equals(tag) || "a".equals(tag) ? driver.findElement(By.tagName("html")) : null;
  }

  @Override
  public void afterClick(WebElement element) {
    if (leaving != null) {
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
      wait.until(ExpectedConditions.stalenessOf(leaving));
      wait.until(next -> "complete".equals(((JavascriptExecutor) next).executeScript("return document.readyState")));
      leaving = null;
    }
  }
}
