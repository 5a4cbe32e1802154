/* graphkit network page: an amount as the command line prints it, for every part of the page.
 * `text` is amounts.amount_text: the decimal as it was written ("1500000.0" -> "1500000",
 * "1500000.5" -> "1500000.50", "0.125" kept), as `graphkit query` prints an amount column;
 * `shown` is what `graphkit show` prints beside a fact (display.money): its thousands grouped,
 * its currency after it ("1,500,000.50 USD"). The text never goes through a Number, which
 * keeps 15 digits and loses a cent's second digit.
 */
window.graphkitAmounts = (function () {
  "use strict";

  var DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

  function text(value) {
    var written = String(value);
    var m = DECIMAL.exec(written.trim());
    if (!m || !(m[2] || m[3])) { return written; }
    var whole = m[2].replace(/^0+(?=\d)/, "") || "0";
    var fraction = (m[3] || "").replace(/0+$/, "");
    if (fraction.length === 1) { fraction += "0"; }
    return (m[1] === "-" ? "-" : "") + whole + (fraction ? "." + fraction : "");
  }

  function grouped(value) {
    var t = text(value);
    var m = /^(-?)(\d+)(\.\d+)?$/.exec(t);
    return m ? m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (m[3] || "") : t;
  }

  function shown(value, currency) {
    return grouped(value) + (currency ? " " + currency : "");
  }

  // The columns of a query's answer that hold amounts (query/display.py, money_columns): an
  // "amount" column always, a "value", "obligated" or "potential" one beside a currency.
  function moneyColumns(columns) {
    var currencyAt = columns.indexOf("currency");
    var words = currencyAt >= 0 ? ["amount", "value", "obligated", "potential"] : ["amount"];
    return columns.filter(function (name, i) {
      var lower = name.toLowerCase();
      return i !== currencyAt && words.some(function (w) { return lower.indexOf(w) >= 0; });
    });
  }

  // The sum of two decimals as text, exact whatever their digits: "1000.50" + "0.125" is
  // "1000.625" (a tie's total, ties.js). Text that is no decimal adds nothing.
  function add(a, b) {
    var x = parts(a), y = parts(b);
    if (!x) { return y ? text(b) : "0"; }
    if (!y) { return text(a); }
    var scale = Math.max(x.scale, y.scale);
    var sum = x.units * 10n ** BigInt(scale - x.scale) + y.units * 10n ** BigInt(scale - y.scale);
    var negative = sum < 0n;
    var digits = (negative ? -sum : sum).toString().padStart(scale + 1, "0");
    var whole = digits.slice(0, digits.length - scale);
    return text((negative ? "-" : "") + whole + (scale ? "." + digits.slice(-scale) : ""));
  }
  function parts(value) {
    var m = DECIMAL.exec(String(value).trim());
    if (!m || !(m[2] || m[3])) { return null; }
    var fraction = m[3] || "";
    var units = BigInt((m[2] || "0") + fraction);
    return { units: m[1] === "-" ? -units : units, scale: fraction.length };
  }

  return { text: text, grouped: grouped, shown: shown, add: add, moneyColumns: moneyColumns };
})();
