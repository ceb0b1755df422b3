package org.copkit.webapp;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page: pick a demo person. */
@Controller
class SignIn {

  @GetMapping("/login")
  String login(Model model) {
    model.addAttribute("people", DemoPeople.PEOPLE);
    model.addAttribute("password", DemoPeople.PASSWORD);
    return "login";
  }
}
