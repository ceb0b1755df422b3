package org.copkit.core.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.copkit.api.shared.AddOnStats;
import org.copkit.api.shared.BrokenAddOns;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one machinery behind every extension point: admits a platform's add-ons by their names (1 to
 * 64 lower-case letters, digits and dashes, unique within their kind and apart from the built-in
 * names), refusing a misconfigured one or starting without it as the host chose; guards every call
 * ({@link AddOn}); reports every failure in one shape; and keeps each add-on's counters for the host.
 * Wiring, not API.
 */
public final class AddOns {

  /** The names every add-on may take. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,64}");

  private static final Logger LOG = LoggerFactory.getLogger(AddOns.class);
  private static final AtomicInteger THREADS = new AtomicInteger();

  /**
   * The threads that run add-on calls given a time budget. Unbounded in size but not in use: each
   * add-on runs at most {@link AddOn#MAX_IN_FLIGHT} calls at once, and idle threads end after 30 s.
   */
  static final ExecutorService CALLS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
      new SynchronousQueue<>(), task -> {
        Thread thread = new Thread(task, "copkit-add-on-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });

  private final BrokenAddOns broken;
  private final List<AddOn<?>> all = new CopyOnWriteArrayList<>();

  /** @param broken what to do with an add-on that cannot be used */
  public AddOns(BrokenAddOns broken) {
    this.broken = Validation.required("broken", broken);
  }

  /**
   * Admits the providers of one extension point, reading each one's name once.
   *
   * @param kind the extension point, such as {@code "ranking-signal"}
   * @param providers the providers, in the order they are to run
   * @param name reads a provider's name
   * @param builtIn names the built-in providers have, which add-ons may not take
   * @param <T> the service interface
   * @return the admitted add-ons, in order
   * @throws InvalidInputException naming the class and the rule it breaks, when the host refuses
   *     broken add-ons
   */
  public <T> List<AddOn<T>> admit(
      String kind, List<? extends T> providers, Function<? super T, String> name, Collection<String> builtIn) {
    Set<String> taken = new HashSet<>(builtIn);
    List<AddOn<T>> admitted = new ArrayList<>();
    for (T provider : providers) {
      String given;
      try {
        given = name.apply(provider);
      } catch (RuntimeException | LinkageError e) {
        refuse(kind, provider.getClass().getName() + ": its name() threw " + e, e);
        continue;
      }
      String problem = nameProblem(given, taken, builtIn);
      if (problem != null) {
        refuse(kind, provider.getClass().getName() + ": " + problem, null);
        continue;
      }
      taken.add(given);
      AddOn<T> addOn = new AddOn<>(kind, given, provider);
      admitted.add(addOn);
      all.add(addOn);
    }
    return List.copyOf(admitted);
  }

  /**
   * @param name a name an add-on gives
   * @return what is wrong with it as an add-on's name, or null when nothing is
   */
  public static String nameProblem(String name) {
    return nameProblem(name, Set.of(), Set.of());
  }

  private static String nameProblem(String name, Set<String> taken, Collection<String> builtIn) {
    if (name == null) {
      return "its name is null; a name is required";
    }
    if (!NAME.matcher(name).matches()) {
      return "its name '" + printable(name) + "' is not 1 to 64 lower-case letters, digits and dashes";
    }
    if (builtIn.contains(name)) {
      return "its name '" + name + "' is a built-in one";
    }
    if (taken.contains(name)) {
      return "its name '" + name + "' is taken by another add-on of the same kind";
    }
    return null;
  }

  private static String printable(String name) {
    StringBuilder shown = new StringBuilder();
    name.codePoints().limit(80).forEach(c -> {
      if (Character.isISOControl(c) || Validation.isBidiControl(c) || Character.getType(c) == Character.FORMAT) {
        shown.append(String.format("\\u%04X", c));
      } else {
        shown.appendCodePoint(c);
      }
    });
    return shown.toString();
  }

  /**
   * Refuses a provider that cannot be used, or reports it and goes on, as the host chose.
   *
   * @param kind the extension point
   * @param problem the class and what is wrong
   * @param cause the exception behind it, if any
   * @throws InvalidInputException when the host refuses broken add-ons
   */
  public void refuse(String kind, String problem, Throwable cause) {
    if (broken == BrokenAddOns.REFUSE) {
      InvalidInputException refused = new InvalidInputException(kind, problem);
      if (cause != null) {
        refused.initCause(cause);
      }
      throw refused;
    }
    LOG.warn("Add-on skipped: {} {}", kind, problem, cause);
  }

  /**
   * Starts each add-on with its context; one whose start fails is refused, or left out (and out of
   * the counters), as the host chose.
   *
   * @param admitted the admitted add-ons of one kind
   * @param start starts one
   * @param <T> the service interface
   * @return those that started, in order
   * @throws InvalidInputException naming the class and the cause, when the host refuses broken add-ons
   */
  public <T> List<AddOn<T>> start(List<AddOn<T>> admitted, java.util.function.BiConsumer<AddOn<T>, T> start) {
    List<AddOn<T>> started = new ArrayList<>();
    for (AddOn<T> addOn : admitted) {
      java.util.Optional<Throwable> failed = addOn.start(provider -> start.accept(addOn, provider));
      if (failed.isPresent()) {
        all.remove(addOn);
        refuse(addOn.kind(), addOn.className() + ": its start(..) failed: " + failed.get(), failed.get());
      } else {
        started.add(addOn);
      }
    }
    return List.copyOf(started);
  }

  /** @return every admitted add-on's counters, in the order admitted */
  public List<AddOnStats> stats() {
    return all.stream().map(AddOn::stats).toList();
  }

  /** Reports a failed call: one shape for every extension point. */
  static void report(String kind, String name, String className, String call, Throwable cause) {
    LOG.warn("Add-on failed: {} '{}' ({}) in {}: {}", kind, name, className, call, cause.toString(), cause);
  }

  /** Reports a call that outlasted its budget. */
  static void reportLate(String kind, String name, String className, String call, Duration budget, String why) {
    LOG.warn("Add-on late: {} '{}' ({}) in {}: {} within {} ms", kind, name, className, call,
        why, budget.toMillis());
  }
}
