/* graphkit network page: what a tie (all the facts of one family between two entities)
 * adds up to, and the order facts are listed in. Pure functions over the page's fact records.
 */
window.graphkitTies = (function () {
  "use strict";

  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  // 412,000,000 USD -> "$412M"; other currencies keep their code. Below a thousand, the
  // amount as written (amounts.js): 999.50 was rounded to "$1,000".
  function money(value, currency, written) {
    var units = [[1e9, "B"], [1e6, "M"], [1e3, "K"]];
    var text = null;
    for (var i = 0; i < units.length && text === null; i++) {
      if (Math.abs(value) >= units[i][0]) {
        var v = value / units[i][0];
        text = (v >= 100 ? v.toFixed(0) : v.toFixed(1).replace(/\.0$/, "")) + units[i][1];
      }
    }
    if (text === null) { text = window.graphkitAmounts.grouped(written); }
    return currency === "USD" ? "$" + text : text + " " + (currency || "");
  }

  // The roles a subaward's fact takes (usaspending.py, usaspending_subgrants.py).
  var SUBAWARD_ROLES = new Set(["subcontractor", "pass-through entity"]);

  // Two dates agree when one is the other known more precisely ("2019" and "2019-09-25"), or
  // one is unknown.
  function datesAgree(a, b) {
    if (!a || !b) { return true; }
    var shorter = a.length <= b.length ? a : b;
    var longer = a.length <= b.length ? b : a;
    return longer.slice(0, shorter.length) === shorter;
  }

  // Which award a fact is: its contract and, of the dates the contract's facts are known by
  // (the most precise first), the first its own start agrees with; a record and a fact
  // restating it (the same date, or the same date less precisely) are one. A subaward's
  // action is its own relationship whatever its date (the build joins the reports of one
  // action): two actions of one subaward on one date, of two amounts, are two.
  function awardKeys(facts) {
    var dates = new Map();
    var keys = new Map();
    var precise = facts.slice().sort(function (a, b) {
      var x = a.start || "", y = b.start || "";
      return y.length - x.length || (x < y ? -1 : x > y ? 1 : 0);
    });
    precise.forEach(function (e) {
      if (!e.contract) { return; }
      if (SUBAWARD_ROLES.has(e.role)) { keys.set(e, "subaward " + e.id); return; }
      var known = dates.get(e.contract) || [];
      dates.set(e.contract, known);
      var i = known.findIndex(function (d) { return datesAgree(d, e.start); });
      if (i < 0) { known.push(e.start || ""); i = known.length - 1; }
      keys.set(e, "award " + e.contract + " " + i);
    });
    return keys;
  }

  // Whether a fact's amount is money obligated: a prime award's figure as USAspending's record
  // gives it. A subaward's amount, or a value another source reports (a contract's current or
  // potential total), is an amount, not an obligation.
  function obligation(e) {
    return e.role !== "subcontractor" && e.citations.some(function (c) {
      return c.extractor === "usaspending";
    });
  }

  // Amounts add up only across distinct awards: facts under one award count once, at their
  // largest figure, so a record and its modifications are never summed. Figures in two
  // currencies are never compared nor added: an award its facts give in two (a fact file in
  // USD, a mapped table in EUR) counts in each currency's total, at its largest figure in
  // that currency, and is said (`twoCurrencies`); it kept the larger number, of either.
  function totals(facts) {
    var awards = new Map();
    var sources = new Set();
    var awardOf = awardKeys(facts);
    facts.forEach(function (e) {
      // By the original a citation stands for, as the build counts witnesses: the document it
      // names (its URL however written, an award by its key; without a URL its title), or, for
      // a copy or a report of another source (`witness`), the originals it counts as, none
      // for a copy of a publisher's records whose own document the fact cites too.
      e.citations.forEach(function (c) {
        if (c.witness === null || c.witness === undefined) {
          sources.add(c.document || c.title || c.locator);
        } else if (c.witness) {
          c.witness.split("\n").forEach(function (key) { sources.add(key); });
        }
      });
      var value = e.amount === null || e.amount === undefined ? NaN : Number(e.amount);
      var key = e.contract ? awardOf.get(e) : "fact " + e.id;
      var seen = awards.get(key);
      if (!seen) {
        seen = { award: Boolean(e.contract), figures: new Map() };
        awards.set(key, seen);
      }
      if (isFinite(value)) {
        var currency = e.currency || "";
        var held = seen.figures.get(currency);
        if (!held || value > held.amount) {
          seen.figures.set(currency, { amount: value, written: String(e.amount),
                                       obligated: obligation(e) });
        }
      }
    });
    // `written`: each currency's total as a decimal, added digit by digit (amounts.js), which
    // the panel prints as `graphkit show` prints an amount; through Numbers it lost cents.
    var result = { awards: 0, sources: sources.size, amounts: {}, written: {}, obligated: true,
                   twoCurrencies: 0 };
    awards.forEach(function (a) {
      if (a.award) { result.awards += 1; }
      if (a.figures.size > 1) { result.twoCurrencies += 1; }
      a.figures.forEach(function (figure, currency) {
        result.amounts[currency] = (result.amounts[currency] || 0) + figure.amount;
        result.written[currency] = window.graphkitAmounts.add(result.written[currency] || "0",
                                                              figure.written);
        if (!a.award || !figure.obligated) { result.obligated = false; }
      });
    });
    return result;
  }

  function sums(t) {
    return Object.keys(t.amounts).sort().map(function (c) {
      return money(t.amounts[c], c, t.written[c]);
    });
  }

  // "1 award given in two currencies, counted in each", or null.
  function currencyConflict(t) {
    if (!t.twoCurrencies) { return null; }
    return plural(t.twoCurrencies, "award", "awards") + " given in two currencies, counted in each";
  }

  // "supplies · 37 awards · $412M obligated", "opposes · 3 sources".
  function summary(facts) {
    var counts = new Map();
    facts.forEach(function (e) { counts.set(e.relation, (counts.get(e.relation) || 0) + 1); });
    var relations = Array.from(counts.keys()).sort(function (a, b) {
      return counts.get(b) - counts.get(a) || (a < b ? -1 : 1);
    });
    var t = totals(facts);
    var parts = [relations.join(", ")];
    if (t.awards) { parts.push(plural(t.awards, "award", "awards")); }
    var amounts = sums(t);
    if (amounts.length) {
      parts.push(amounts.join(" + ") + (t.awards && t.obligated ? " obligated" : ""));
    }
    var conflict = currencyConflict(t);
    if (conflict) { parts.push(conflict); }
    if (!t.awards) { parts.push(plural(t.sources, "source", "sources")); }
    return parts.join(" · ");
  }

  // Wider with more facts, and with larger amounts (one step per factor of ten), by the
  // largest total of one currency: totals in two are never added.
  function width(facts) {
    var t = totals(facts);
    var largest = 0;
    Object.keys(t.amounts).forEach(function (c) { largest = Math.max(largest, t.amounts[c]); });
    var w = 1 + 1.2 * Math.log2(facts.length);
    if (largest > 0) { w = Math.max(w, Math.log10(largest) - 2); }
    return Math.round(Math.min(w, 10) * 10) / 10;
  }

  // Facts in a fixed order: by family in `familyRank`, then those with an amount, by currency
  // and the largest first (amounts in two currencies are never compared), then the latest
  // date, then by id, so the order never depends on the browser.
  function order(familyRank) {
    return function (a, b) {
      var fa = familyRank[a.family], fb = familyRank[b.family];
      if (fa !== fb) { return fa - fb; }
      var va = a.amount === null ? NaN : Number(a.amount);
      var vb = b.amount === null ? NaN : Number(b.amount);
      va = isFinite(va) ? va : -1;
      vb = isFinite(vb) ? vb : -1;
      if ((va < 0) !== (vb < 0)) { return va < 0 ? 1 : -1; }
      var ca = a.currency || "", cb = b.currency || "";
      if (va >= 0 && ca !== cb) { return ca < cb ? -1 : 1; }
      if (va !== vb) { return vb - va; }
      var da = a.start || a.end || "", db = b.start || b.end || "";
      if (da !== db) { return da < db ? 1 : -1; }
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    };
  }

  return { plural: plural, money: money, totals: totals, sums: sums, summary: summary,
           width: width, order: order, currencyConflict: currencyConflict };
})();
