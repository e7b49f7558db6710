package com.necxian.refunds.policy.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import com.necxian.refunds.web.security.Role;

import io.swagger.v3.oas.annotations.Hidden;

/** The console's login page, and its start page: the queue for a reviewer, the policy for its owner. */
@Controller
@Hidden
class ConsoleLogin {

    @GetMapping("/console/login")
    String login() {
        return "console/login";
    }

    @GetMapping("/console")
    String start(Authentication person) {
        return ConsolePerson.has(person, Role.REVIEWER) ? "redirect:/console/reviews" : "redirect:/console/policy";
    }
}
