<#macro content>
<p class="onus-login-footer">${msg("onusFooter")}</p>
</#macro>
