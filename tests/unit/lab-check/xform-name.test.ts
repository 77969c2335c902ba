import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serviceModel, servicePackages } from '../../../src/lab-check/aws-models.ts';
import { xformName } from '../../../src/lab-check/xform-name.ts';

describe("botocore's xform_name", () => {
	it('spells model operation names as boto3 does', () => {
		const cases: [string, string][] = [
			['CreateEndpointConfig', 'create_endpoint_config'],
			['ListObjectsV2', 'list_objects_v2'],
			['GetCallerIdentity', 'get_caller_identity'],
			['InvokeEndpointAsync', 'invoke_endpoint_async'],
			['DescribeDBInstances', 'describe_db_instances'],
			['ListWebACLs', 'list_web_acls'],
			['PutMetricAlarm', 'put_metric_alarm'],
			['CreateCachediSCSIVolume', 'create_cached_iscsi_volume'],
			['ExecutePartiQLStatement', 'execute_partiql_statement'],
			['GetAWSDefaultServiceQuota', 'get_aws_default_service_quota'],
			['EndpointInService', 'endpoint_in_service'],
			['already_snake', 'already_snake'],
		];
		assert.deepEqual(
			cases.map(([name]) => [name, xformName(name)]),
			cases,
		);
	});

	it('gives every operation of every modelled service its own boto3 name', () => {
		for (const service of Object.keys(servicePackages)) {
			const model = serviceModel(service);
			assert.ok(model, service);
			const names = [...model.operations.values()].map((operation) => operation.name);
			assert.equal(new Set(names.map(xformName)).size, names.length, service);
		}
	});

	it('finds the operations, parameters and required members the labs use', () => {
		const sagemaker = serviceModel('sagemaker');
		const createEndpoint = sagemaker?.operations.get('create_endpoint');
		assert.equal(createEndpoint?.name, 'CreateEndpoint');
		const input = createEndpoint.input;
		assert.ok(input.t === 'struct');
		assert.deepEqual([...input.required], ['EndpointName', 'EndpointConfigName']);
		assert.ok(input.members.has('Tags'));
		assert.ok(serviceModel('sagemaker-runtime')?.operations.has('invoke_endpoint_async'));
		assert.ok(sagemaker?.waiters.has('endpoint_in_service'));
		assert.equal(serviceModel('not-a-service'), undefined);
	});
});
