/* Shared by every page of the Argus Shop demo, release v1: the cart, the nav badge, formatting. */
(function () {
  'use strict';

  // sessionStorage so every browser context (and every test) starts with an empty cart.
  var CART_KEY = 'argus-demo-cart';

  function readCart() {
    try {
      var items = JSON.parse(sessionStorage.getItem(CART_KEY));
      return Array.isArray(items) ? items : [];
    } catch (e) {
      return [];
    }
  }

  function writeCart(items) {
    sessionStorage.setItem(CART_KEY, JSON.stringify(items));
    updateBadge();
  }

  function addToCart(product) {
    var items = readCart();
    var line = items.find(function (i) { return i.id === product.id; });
    if (line) {
      line.qty += 1;
    } else {
      items.push({ id: product.id, name: product.name, price: product.price, qty: 1 });
    }
    writeCart(items);
  }

  function cartCount() {
    return readCart().reduce(function (sum, i) { return sum + i.qty; }, 0);
  }

  function updateBadge() {
    var badge = document.getElementById('cart-count');
    if (badge) {
      badge.textContent = String(cartCount());
    }
  }

  // Fixed en-US dollars rather than Intl, so every browser and locale renders the same text.
  function money(amount) {
    var fixed = Number(amount).toFixed(2);
    return '$' + fixed.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }

  // Ids like the ones React's useId() produces: different on every load, useless as locators.
  function reactId() {
    return ':r' + Math.random().toString(36).slice(2, 5) + ':';
  }

  function show(el, text) {
    el.textContent = text;
    el.hidden = false;
  }

  window.Shop = {
    readCart: readCart,
    writeCart: writeCart,
    addToCart: addToCart,
    cartCount: cartCount,
    updateBadge: updateBadge,
    money: money,
    reactId: reactId,
    show: show
  };

  updateBadge();
})();
