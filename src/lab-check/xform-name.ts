// boto3 names an operation by botocore's `xform_name` of the model's name (`CreateEndpointConfig` is
// `create_endpoint_config`). This is that function, ported from botocore/__init__.py (1.37), special cases included.

const firstCap = /(.)([A-Z][a-z]+)/g;
const endCap = /([a-z0-9])([A-Z])/g;
// A pluralised acronym at the end: GatewayARNs, ListWebACLs, SomeCNAMEs.
const specialCase = /[A-Z]{2,}s$/;

/** Names botocore maps by hand because the rules above get them wrong. */
const specialNames: Record<string, string> = {
	CreateCachediSCSIVolume: 'create_cached_iscsi_volume',
	DescribeCachediSCSIVolumes: 'describe_cached_iscsi_volumes',
	DescribeStorediSCSIVolumes: 'describe_stored_iscsi_volumes',
	CreateStorediSCSIVolume: 'create_stored_iscsi_volume',
	ListHITsForQualificationType: 'list_hits_for_qualification_type',
	ExecutePartiQLStatement: 'execute_partiql_statement',
	ExecutePartiQLTransaction: 'execute_partiql_transaction',
	ExecutePartiQLBatch: 'execute_partiql_batch',
	AssociateWhatsAppBusinessAccount: 'associate_whatsapp_business_account',
	DeleteWhatsAppMessageMedia: 'delete_whatsapp_media_message',
	DisassociateWhatsAppBusinessAccount: 'disassociate_whatsapp_business_account',
	GetLinkedWhatsAppBusinessAccount: 'get_linked_whatsapp_business_account',
	GetLinkedWhatsAppBusinessAccountPhoneNumber: 'get_linked_whatsapp_business_account_phone_number',
	GetWhatsAppMessageMedia: 'get_whatsapp_message_media',
	ListLinkedWhatsAppBusinessAccounts: 'list_linked_whatsapp_business_accounts',
	PostWhatsAppMessageMedia: 'post_whatsapp_message_media',
	PutWhatsAppBusinessAccountEventDestinations: 'put_whatsapp_business_account_event_destinations',
	SendWhatsAppMessage: 'send_whatsapp_message',
};

/** botocore's `xform_name(name)`: a model name (PascalCase) as boto3 spells it (snake_case). */
export function xformName(name: string): string {
	if (name.includes('_')) return name;
	const special = specialNames[name];
	if (special) return special;
	let working = name;
	const plural = specialCase.exec(working);
	if (plural) working = `${working.slice(0, -plural[0].length)}_${plural[0].toLowerCase()}`;
	return working.replace(firstCap, '$1_$2').replace(endCap, '$1_$2').toLowerCase();
}
