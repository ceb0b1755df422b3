package org.copkit.webapp;

import jakarta.servlet.http.HttpServletResponse;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.CopException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.NotFoundException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** CoPKit's refusals as pages: what was refused and why, with the matching status. */
@ControllerAdvice
class Failures {

  @ExceptionHandler(CopException.class)
  String refused(CopException e, HttpServletResponse response, Model model) {
    int status = e instanceof NotFoundException ? 404
        : e instanceof AccessDeniedException ? 403
        : e instanceof ConflictException ? 409
        : e instanceof InvalidInputException ? 400 : 500;
    response.setStatus(status);
    model.addAttribute("status", status);
    model.addAttribute("message", e.getMessage());
    return "refused";
  }
}
