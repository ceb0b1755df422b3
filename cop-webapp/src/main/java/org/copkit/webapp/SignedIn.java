package org.copkit.webapp;

import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in, for every page's header. */
@ControllerAdvice
class SignedIn {

  private final People people;

  SignedIn(People people) {
    this.people = people;
  }

  @ModelAttribute("me")
  String me(Principal principal) {
    return principal == null ? "" : people.name(Actor.of(principal)) + " · " + principal.getName();
  }
}
