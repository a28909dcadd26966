/*
 * Runs before the pane's bundle, in every webview Office may use. Office 2016/2019 (volume-licensed,
 * or without WebView2) shows add-ins in Internet Explorer 11 or the old Edge (EdgeHTML), which cannot
 * run the pane (ES2022, React 18): without this the pane would stay blank. Plain ES5 on purpose.
 */
(function () {
  var agent = window.navigator.userAgent;
  var old = /Trident\/|MSIE /.test(agent) || /Edge\/\d/.test(agent);
  if (!old) return;
  var english = /^en/i.test(window.navigator.language || window.navigator.userLanguage || '');
  var text = english
    ? 'phuluc needs Excel from Microsoft 365 or Office 2021 or later (add-ins shown with Microsoft Edge WebView2), or Excel on the web. This Office (2016 or 2019) shows add-ins with Internet Explorer or the old Edge, where phuluc cannot run. Please update Office, or open the workbook in Excel on the web.'
    : 'phuluc cần Excel của Microsoft 365 hoặc Office 2021 trở lên (hiển thị phần bổ trợ bằng Microsoft Edge WebView2), hoặc Excel trên web. Bản Office này (2016 hoặc 2019) hiển thị phần bổ trợ bằng Internet Explorer hay Edge cũ nên phuluc không chạy được. Hãy cập nhật Office, hoặc mở sổ làm việc bằng Excel trên web.';
  window.phulucUnsupported = true;
  var root = document.getElementById('root');
  var box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.setAttribute('data-testid', 'old-office');
  box.style.padding = '16px';
  box.style.fontFamily = 'Segoe UI, Arial, sans-serif';
  box.style.fontSize = '14px';
  box.appendChild(document.createTextNode(text));
  root.parentNode.replaceChild(box, root);
})();
