package org.copkit.webapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The example intranet. */
@SpringBootApplication
public class IntranetApplication {

  /** @param args Spring Boot's arguments */
  public static void main(String[] args) {
    SpringApplication.run(IntranetApplication.class, args);
  }
}
