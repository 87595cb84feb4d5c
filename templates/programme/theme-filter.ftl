<#ftl output_format="HTML" strip_whitespace=true>
<#import "/components/tag.ftl" as t>

<#-- The themes and places of the programme, each linking to its page; on the home page the script turns
     them into filter buttons (no reload, the address follows, the count is announced). -->
<#macro themeFilter themes current="" filter=false>
  <div class="daect-filter fr-mb-4w"<#if filter> data-filter</#if>>
    <p id="themes-titre" class="fr-mb-1w">Thèmes et lieux</p>
    <@t.group labelledBy="themes-titre">
      <#list themes as theme>
        <@t.tag label=theme.label href=root + theme.path data={"theme": theme.slug} current=(theme.slug == current)/>
      </#list>
    </@t.group>
    <#if filter>
      <p class="fr-text--sm fr-mb-0" role="status" data-filter-status
         data-message-one="1 webinaire pour « {theme} »." data-message-many="{n} webinaires pour « {theme} »."
         data-message-all="Tous les webinaires sont affichés ({n})."></p>
    </#if>
  </div>
</#macro>
